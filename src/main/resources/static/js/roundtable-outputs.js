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

  /* The ballot: the sentence "Du har fordelt 3 af 5 prikker." follows the numbers as they are typed (announced
     politely through its role="status"); the server still checks the ballot when it is saved. */
  function ballot(form) {
    var status = document.getElementById(form.getAttribute('data-rt-ballot'));
    if (!status) {
      return;
    }
    var total = Number(status.getAttribute('data-total'));
    var shown = null;
    function update() {
      var spent = 0;
      Array.prototype.forEach.call(form.querySelectorAll('input[data-rt-dots]'), function (input) {
        var value = input.value.trim();
        if (/^\d{1,6}$/.test(value)) {
          spent += Number(value);
        }
      });
      if (spent === shown) {
        return;
      }
      shown = spent;
      var over = spent > total;
      status.textContent = status.getAttribute(over ? 'data-over' : 'data-spent').replace('\u00a7', String(spent));
      status.classList.toggle('kp-dots-over', over);
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-rt-ballot]'), ballot);
    if (typeof window.echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-rt-bars]'), bars);
  });
})();
