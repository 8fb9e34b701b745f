// Draws a resource's quality over its rule runs from window.yudexQuality (filled in by the server).
(function () {
  var q = window.yudexQuality || {};
  var el = document.getElementById('chart-quality-trend');
  if (!el || !window.echarts || !q.trend || !q.trend.labels) { return; }
  var keys = ['score', 'completeness', 'validity', 'uniqueness', 'consistency', 'timeliness'];
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: keys.map(function (k) { return q.names[k]; }) },
    grid: { left: 10, right: 20, containLabel: true },
    xAxis: { type: 'category', data: q.trend.labels },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: keys.map(function (k) {
      return { name: q.names[k], type: 'line', data: q.trend[k], connectNulls: true, lineStyle: { width: k === 'score' ? 3 : 1 } };
    })
  });
  // every point opens the failing rows of its run
  chart.on('click', function (p) {
    if (q.trend.findings && q.trend.findings[p.dataIndex]) { window.location.href = q.trend.findings[p.dataIndex]; }
  });
})();
