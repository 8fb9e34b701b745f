// Draws the dashboard's ECharts from window.yudexCharts (filled in by the server).
(function () {
  var charts = window.yudexCharts || {};
  function draw(id, spec, kind) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    var names = Object.keys(spec.data || {});
    var values = names.map(function (n) { return spec.data[n]; });
    var chart = echarts.init(el);
    var option = kind === 'pie'
      ? { title: { text: spec.title, left: 'center' }, tooltip: {}, series: [{ type: 'pie', radius: '60%', data: names.map(function (n, i) { return { name: n, value: values[i] }; }) }] }
      : { title: { text: spec.title, left: 'center' }, tooltip: {}, grid: { left: 10, right: 20, containLabel: true }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: names.slice(0, 12).reverse() }, series: [{ type: 'bar', data: values.slice(0, 12).reverse(), itemStyle: { color: '#b3261e' } }] };
    option.animation = false;
    chart.setOption(option);
  }
  draw('chart-provider', charts.provider || {}, 'bar');
  draw('chart-class', charts.resourceClass || {}, 'pie');
  draw('chart-share', charts.shareType || {}, 'pie');
})();
