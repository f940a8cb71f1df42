/* Outcomes charts: the before/after distributions and the paired slope plot. Each reads its numbers from the
   accessible table beside it (data-* attributes on the rows), so chart and table never disagree; a suppressed cell
   has no number and is left out of the chart. */
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
    var chart = window.Kulturpuls.chart(element);
    return chart;
  }

  function distribution(element) {
    var data = rows(element);
    init(element).setOption({
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
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 48, right: 48, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: [before, after], boundaryGap: false },
      yAxis: { type: 'value', scale: true },
      series: series
    });
  }

  var DRAW = { distribution: distribution, slope: slope };

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
