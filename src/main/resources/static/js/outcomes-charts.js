/* Outcomes charts: the before/after distributions, the paired slope plot and the forest plot of the projects'
   mean change with 95 % CIs. Each reads its numbers from the accessible table beside it (data-* attributes on the
   rows), so chart and table never disagree; a suppressed cell has no number and is left out of the chart. */
(function () {
  'use strict';

  var BEFORE = '#747474';
  var AFTER = '#0059b3';

  function rows(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    return table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr')) : [];
  }

  function number(row, name) {
    var value = row.getAttribute('data-' + name);
    return value === null || value === '' ? null : Number(value);
  }

  function init(element, height) {
    if (height) {
      element.style.height = height + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }

  function distribution(element) {
    var data = rows(element);
    init(element).setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      xAxis: { type: 'category', data: data.map(function (r) { return r.getAttribute('data-label'); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: element.getAttribute('data-before'), type: 'bar', itemStyle: { color: BEFORE },
          data: data.map(function (r) { return number(r, 'before'); }) },
        { name: element.getAttribute('data-after'), type: 'bar', itemStyle: { color: AFTER },
          data: data.map(function (r) { return number(r, 'after'); }) }
      ]
    });
  }

  function slope(element) {
    var data = rows(element);
    var before = element.getAttribute('data-before');
    var after = element.getAttribute('data-after');
    var series = data.map(function (r) {
      var up = number(r, 'after') >= number(r, 'before');
      return { name: r.getAttribute('data-name'), type: 'line', symbolSize: 6,
        lineStyle: { width: 1, color: up ? AFTER : '#b35900', opacity: 0.6 },
        itemStyle: { color: up ? AFTER : '#b35900' },
        data: [number(r, 'before'), number(r, 'after')] };
    });
    var n = data.length;
    if (n) {
      var sumBefore = 0;
      var sumAfter = 0;
      data.forEach(function (r) { sumBefore += number(r, 'before'); sumAfter += number(r, 'after'); });
      series.push({ name: '\u2300', type: 'line', symbolSize: 10, lineStyle: { width: 4, color: '#000' },
        itemStyle: { color: '#000' }, data: [sumBefore / n, sumAfter / n] });
    }
    init(element, 420).setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 48, right: 48, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: [before, after], boundaryGap: false },
      yAxis: { type: 'value', scale: true },
      series: series
    });
  }

  function forest(element) {
    var data = rows(element).filter(function (r) { return number(r, 'mean') !== null; });
    var names = data.map(function (r) { return r.getAttribute('data-name'); });
    var intervals = data.map(function (r, i) {
      return [i, number(r, 'low') === null ? number(r, 'mean') : number(r, 'low'),
        number(r, 'high') === null ? number(r, 'mean') : number(r, 'high')];
    });
    init(element, Math.max(240, 60 + names.length * 32)).setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 180, right: 24, top: 16, bottom: 32 },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 170, overflow: 'truncate' } },
      xAxis: { type: 'value', scale: true },
      series: [
        { type: 'custom', name: 'CI', itemStyle: { color: AFTER },
          renderItem: function (params, api) {
            var y = api.value(0);
            var low = api.coord([api.value(1), y]);
            var high = api.coord([api.value(2), y]);
            var h = 8;
            return { type: 'group', children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: { stroke: AFTER, lineWidth: 2 } },
              { type: 'line', shape: { x1: low[0], y1: low[1] - h, x2: low[0], y2: low[1] + h }, style: { stroke: AFTER, lineWidth: 2 } },
              { type: 'line', shape: { x1: high[0], y1: high[1] - h, x2: high[0], y2: high[1] + h }, style: { stroke: AFTER, lineWidth: 2 } }
            ] };
          },
          encode: { x: [1, 2], y: 0 },
          data: intervals },
        { type: 'scatter', name: '\u2300', symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#000' },
          data: data.map(function (r, i) { return [number(r, 'mean'), i]; }),
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#666' }, data: [{ xAxis: 0 }] } }
      ]
    });
  }

  var DRAW = { distribution: distribution, slope: slope, forest: forest };

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-kp-outcomes-chart]'), function (element) {
      var draw = DRAW[element.getAttribute('data-kp-outcomes-chart')];
      if (draw) {
        draw(element);
      }
    });
  });
})();
