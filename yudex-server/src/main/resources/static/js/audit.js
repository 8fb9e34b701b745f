// Draws the audit usage charts (rows per day by consumer and by resource) from window.yudexAudit.
(function () {
  var a = window.yudexAudit || {};
  if (!window.echarts || !a.usage || !a.usage.days) { return; }
  function draw(id, title, series) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var names = Object.keys(series || {});
    echarts.init(el).setOption({
      animation: false,
      title: { text: title, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0, data: names },
      grid: { left: 10, right: 20, top: 40, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: a.usage.days },
      yAxis: { type: 'value' },
      series: names.map(function (n) { return { name: n, type: 'bar', stack: 'rows', data: series[n] }; })
    });
  }
  draw('chart-usage-consumer', a.names.consumer, a.usage.rowsByConsumer);
  draw('chart-usage-resource', a.names.resource, a.usage.rowsByResource);
})();
