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
      return { name: row.getAttribute('data-name'),
        value: [Number(row.getAttribute('data-interest')), Number(row.getAttribute('data-influence')) + offset],
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
      // room on the right for the names beside the points; names that would overlap move apart
      grid: { left: 56, right: 168, top: 24, bottom: 56 },
      series: [{ type: 'scatter', symbolSize: 18, data: data,
        label: { show: true, position: 'right', formatter: '{b}', width: 150, overflow: 'break', lineHeight: 14 },
        labelLayout: { moveOverlap: 'shiftY' },
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
