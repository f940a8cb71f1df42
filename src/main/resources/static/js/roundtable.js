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

  function scaleStep(value) {
    return value >= 1 && value <= 5 ? String(value) : '';
  }

  function grid(element) {
    var actors = rows(element.getAttribute('data-actors'));
    // actors with the same interest and influence would cover each other: stack them a little apart vertically
    // (the table beside the grid has the exact values)
    var sharing = {};
    actors.forEach(function (row) {
      var key = row.getAttribute('data-interest') + '/' + row.getAttribute('data-influence');
      sharing[key] = (sharing[key] || 0) + 1;
    });
    var placed = {};
    var data = actors.map(function (row) {
      var key = row.getAttribute('data-interest') + '/' + row.getAttribute('data-influence');
      var index = placed[key] = (placed[key] === undefined ? 0 : placed[key] + 1);
      var offset = (index - (sharing[key] - 1) / 2) * 0.3;
      var interest = Number(row.getAttribute('data-interest'));
      // names stand on the side with room: right of the points in the left half, left of those in the right half
      return { name: row.getAttribute('data-name'),
        value: [interest, Number(row.getAttribute('data-influence')) + offset],
        label: { position: interest >= 4 ? 'left' : 'right' },
        symbol: LEVEL_SYMBOLS[row.getAttribute('data-level')] || 'circle',
        itemStyle: { color: LEVEL_COLOURS[row.getAttribute('data-level')] || '#333' } };
    });
    init(element).setOption({
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.name; } },
      // the scale is 1-5: ticks on the whole steps only, with room around the outermost points
      xAxis: { min: 0, max: 6, interval: 1, axisLabel: { formatter: scaleStep },
        name: element.getAttribute('data-x-label'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { min: 0, max: 6, interval: 1, axisLabel: { formatter: scaleStep },
        name: element.getAttribute('data-y-label'), nameLocation: 'middle', nameGap: 28 },
      // names that would still overlap move apart vertically
      grid: { left: 56, right: 24, top: 24, bottom: 56 },
      series: [{ type: 'scatter', symbolSize: 18, data: data,
        label: { show: true, formatter: '{b}', width: 140, overflow: 'break', lineHeight: 14, distance: 8,
          backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3] },
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: false },
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dashed', color: '#666' },
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
