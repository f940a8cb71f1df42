/* Roundtable outputs: the dot-voting result as a horizontal bar chart, read from the accessible table beside it
   (rows with data-name and data-value), so that chart and table never disagree. */
(function () {
  'use strict';

  function bars(element) {
    var table = document.getElementById(element.getAttribute('data-rt-bars'));
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-name]')).reverse();
    var chart = window.Kulturpuls.chart(element);
    chart.setOption({
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      tooltip: { renderMode: 'richText' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.getAttribute('data-name'); }),
        axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', name: element.getAttribute('data-series-name') || '', itemStyle: { color: '#0059b3' },
        label: { show: true, position: 'right' },
        data: rows.map(function (r) { return Number(r.getAttribute('data-value')); }) }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-rt-bars]'), bars);
  });
})();
