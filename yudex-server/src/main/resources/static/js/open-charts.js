// Draws the portal's ECharts: a dataset's column charts (#chart-data) and usage statistics (#stats-data), both JSON
// written by the server into <script type="application/json">. Every chart also has a data table beside it.
(function () {
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent || 'null') : null;
  }
  function bar(el, labels, series, horizontal) {
    var chart = echarts.init(el);
    var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : (labels.length > 6 ? 30 : 0) } };
    chart.setOption({
      animation: false,
      color: ['#b3261e', '#1d4ed8', '#0f766e'],
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 10, right: 20, top: series.length > 1 ? 30 : 10, bottom: 10, containLabel: true },
      xAxis: horizontal ? { type: 'value' } : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : { type: 'value' },
      series: series.map(function (s) { return { name: s.name, type: s.type || 'bar', data: s.data }; })
    });
    el.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function draw() {
    if (!window.echarts) { return; }
    (data('chart-data') || []).forEach(function (c, i) {
      var el = document.getElementById('chart-' + i);
      if (el) { bar(el, c.labels, [{ name: c.label, data: c.counts }], c.kind === 'top'); }
    });
    var s = data('stats-data');
    if (s) { s.names = window.yudexStatNames || { views: "views", downloads: "downloads", apiCalls: "API calls" }; }
    if (s) {
      var days = document.getElementById('chart-days');
      if (days) {
        bar(days, s.days.map(function (d) { return d.key; }), [
          { name: s.names.views, type: 'line', data: s.days.map(function (d) { return d.views; }) },
          { name: s.names.downloads, type: 'line', data: s.days.map(function (d) { return d.downloads; }) },
          { name: s.names.apiCalls, type: 'line', data: s.days.map(function (d) { return d.apiCalls; }) }]);
      }
      [['chart-datasets', s.datasets], ['chart-departments', s.departments]].forEach(function (p) {
        var el = document.getElementById(p[0]);
        if (el && p[1].length) {
          bar(el, p[1].map(function (d) { return d.name; }), [
            { name: s.names.views, data: p[1].map(function (d) { return d.views; }) },
            { name: s.names.downloads, data: p[1].map(function (d) { return d.downloads; }) },
            { name: s.names.apiCalls, data: p[1].map(function (d) { return d.apiCalls; }) }], true);
        }
      });
    }
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
