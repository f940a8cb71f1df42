/* Outcomes charts: the before/after distributions and the paired slope plot. Each reads its numbers from the
   accessible table beside it (data-* attributes on the rows), so chart and table never disagree; a suppressed cell
   has no number and is left out of the chart. */
(function () {
  'use strict';

  var BEFORE = '#747474';
  var AFTER = '#0059b3';
  var DOWN = '#b35900';

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

  /* An axis titled with the platform's translated text (data-x-name / data-y-name on the chart element). */
  function axisName(element, which, gap) {
    return { name: element.getAttribute('data-' + which + '-name') || '', nameLocation: 'middle', nameGap: gap,
      nameTextStyle: { color: '#1a1a1a', fontSize: 13 } };
  }

  function distribution(element) {
    var data = rows(element);
    init(element).setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 64, right: 16, top: 40, bottom: 64 },
      xAxis: Object.assign({ type: 'category', data: data.map(function (r) { return r.getAttribute('data-label'); }) },
        axisName(element, 'x', 36)),
      yAxis: Object.assign({ type: 'value', minInterval: 1 }, axisName(element, 'y', 40)),
      series: [
        { name: element.getAttribute('data-before'), type: 'bar', itemStyle: { color: BEFORE },
          data: data.map(function (r) { return number(r, 'before'); }) },
        { name: element.getAttribute('data-after'), type: 'bar', itemStyle: { color: AFTER },
          data: data.map(function (r) { return number(r, 'after'); }) }
      ]
    });
  }

  /* One line per participant, coloured by direction, and the mean in black. The legend names the three kinds of
     line (all participants' lines of one direction share its name, so the legend switches them together); the
     tooltip names the participant by code. */
  function slope(element) {
    var data = rows(element);
    var before = element.getAttribute('data-before');
    var after = element.getAttribute('data-after');
    var upName = element.getAttribute('data-up');
    var downName = element.getAttribute('data-down');
    var meanName = element.getAttribute('data-mean');
    var series = data.map(function (r) {
      var up = number(r, 'after') >= number(r, 'before');
      var code = r.getAttribute('data-name');
      return { name: up ? upName : downName, type: 'line', symbolSize: 6,
        lineStyle: { width: 1, color: up ? AFTER : DOWN, opacity: 0.6 },
        itemStyle: { color: up ? AFTER : DOWN },
        data: [{ value: number(r, 'before'), code: code }, { value: number(r, 'after'), code: code }] };
    });
    var n = data.length;
    if (n) {
      var sumBefore = 0;
      var sumAfter = 0;
      data.forEach(function (r) { sumBefore += number(r, 'before'); sumAfter += number(r, 'after'); });
      series.push({ name: meanName, type: 'line', symbolSize: 10, lineStyle: { width: 4, color: '#000' },
        itemStyle: { color: '#000' }, data: [{ value: sumBefore / n, code: meanName }, { value: sumAfter / n, code: meanName }] });
    }
    init(element, 440).setOption({
      tooltip: { trigger: 'item', renderMode: 'richText',
        formatter: function (p) { return p.data.code + ', ' + p.name + ': ' + window.Kulturpuls.number(p.value, 1); } },
      legend: { top: 0, data: [upName, downName, meanName] },
      grid: { left: 64, right: 48, top: 40, bottom: 56 },
      xAxis: Object.assign({ type: 'category', data: [before, after], boundaryGap: false }, axisName(element, 'x', 32)),
      yAxis: Object.assign({ type: 'value', scale: true }, axisName(element, 'y', 40)),
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
