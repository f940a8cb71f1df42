/* Roundtable charts: the actor network and the power-interest grid. Both read their data from the accessible
   tables beside them (data-* attributes), so chart and table never disagree. */
(function () {
  'use strict';

  var LEVEL_COLOURS = { MACRO: '#0059b3', MESO: '#008139', MICRO: '#b35900' };
  /* The level is shown by shape as well as colour (WCAG 1.4.1), as the legend under each chart says. */
  var LEVEL_SYMBOLS = { MACRO: 'rect', MESO: 'triangle', MICRO: 'circle' };

  function rows(tableId) {
    var table = document.getElementById(tableId);
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr')) : [];
  }

  function init(element) {
    element.style.height = '420px';
    var chart = window.Kulturpuls.chart(element);
    return chart;
  }

  function network(element) {
    var actors = rows(element.getAttribute('data-actors'));
    var nodes = actors.map(function (row) {
      var degree = Number(row.getAttribute('data-degree'));
      return {
        id: row.getAttribute('data-id'), name: row.getAttribute('data-name'),
        symbolSize: 14 + degree * 6,
        symbol: LEVEL_SYMBOLS[row.getAttribute('data-level')] || 'circle',
        itemStyle: { color: LEVEL_COLOURS[row.getAttribute('data-level')] || '#333',
          borderColor: row.getAttribute('data-broker') === 'true' ? '#000' : '#fff', borderWidth: 3 }
      };
    });
    var links = rows(element.getAttribute('data-relations')).map(function (row) {
      return { source: row.getAttribute('data-from'), target: row.getAttribute('data-to'),
        lineStyle: { width: Number(row.getAttribute('data-strength')) }, value: row.getAttribute('data-kind') };
    });
    init(element).setOption({
      tooltip: { renderMode: 'richText' },
      series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: links,
        label: { show: true, position: 'right' }, force: { repulsion: 260, edgeLength: 120 } }]
    });
  }

  function grid(element) {
    var data = rows(element.getAttribute('data-actors')).map(function (row) {
      return { name: row.getAttribute('data-name'),
        value: [Number(row.getAttribute('data-interest')), Number(row.getAttribute('data-influence'))],
        symbol: LEVEL_SYMBOLS[row.getAttribute('data-level')] || 'circle',
        itemStyle: { color: LEVEL_COLOURS[row.getAttribute('data-level')] || '#333' } };
    });
    init(element).setOption({
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.name; } },
      xAxis: { min: 0.5, max: 5.5, interval: 1, name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { min: 0.5, max: 5.5, interval: 1, name: element.getAttribute('data-y-label'), nameLocation: 'middle', nameGap: 28 },
      // room on the right for the names beside the points; names that would overlap move apart
      grid: { left: 56, right: 168, top: 24, bottom: 56 },
      series: [{ type: 'scatter', symbolSize: 18, data: data,
        label: { show: true, position: 'right', formatter: '{b}', width: 150, overflow: 'break' },
        labelLayout: { moveOverlap: 'shiftY' },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#666' },
          data: [{ xAxis: 2.5 }, { yAxis: 2.5 }] } }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-rt-network]'), network);
    Array.prototype.forEach.call(document.querySelectorAll('[data-rt-grid]'), grid);
  });
})();
