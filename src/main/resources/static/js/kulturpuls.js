/* Kulturpuls: start the design system, send the CSRF token with htmx requests, draw maps and charts.
   Every chart reads its numbers from the accessible table beside it, so the two can never disagree. */
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  function tableData(tableId) {
    var rows = document.querySelectorAll('#' + tableId + ' tbody tr[data-name]');
    return Array.prototype.map.call(rows, function (row) {
      var value = row.getAttribute('data-value');
      return { name: row.getAttribute('data-name'), value: value === null || value === '' ? null : Number(value) };
    });
  }

  function drawMap(element) {
    if (typeof window.echarts === 'undefined') {
      return;
    }
    var url = element.getAttribute('data-geojson');
    var mapName = 'kp-' + url;
    fetch(url, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (geoJson) {
        window.echarts.registerMap(mapName, geoJson);
        var data = tableData(element.getAttribute('data-table'));
        var values = data.map(function (d) { return d.value; }).filter(function (v) { return v !== null; });
        var chart = window.echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
          aria: { enabled: true },
          tooltip: { trigger: 'item', renderMode: 'richText' },
          visualMap: values.length ? {
            min: Math.min.apply(null, values), max: Math.max.apply(null, values),
            left: 'left', bottom: 10, calculable: false, text: ['', ''],
            inRange: { color: ['#e6f0f7', '#0059b3'] }
          } : undefined,
          series: [{
            type: 'map', map: mapName, roam: false,
            name: element.getAttribute('data-series-name') || '',
            label: { show: false },
            emphasis: { label: { show: true } },
            data: data
          }]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  /* A table that scrolls sideways on a phone must be reachable by keyboard: make its scroll container a
     focusable, named region (named by the table's caption). */
  function scrollableTables() {
    Array.prototype.forEach.call(document.querySelectorAll('.table--responsive-scroll'), function (region) {
      if (!region.hasAttribute('tabindex')) {
        region.setAttribute('tabindex', '0');
      }
      var caption = region.querySelector('caption');
      if (!region.hasAttribute('role')) {
        region.setAttribute('role', 'region');
      }
      if (caption && !region.hasAttribute('aria-label') && !region.hasAttribute('aria-labelledby')) {
        region.setAttribute('aria-label', caption.textContent.trim());
      }
    });
  }

  document.addEventListener('htmx:afterSettle', scrollableTables);

  document.addEventListener('DOMContentLoaded', function () {
    scrollableTables();
    if (window.DKFDS && typeof window.DKFDS.init === 'function') {
      window.DKFDS.init();
    }
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
    var maps = document.querySelectorAll('[data-kp-map]');
    if (maps.length) {
      var script = document.createElement('script');
      script.src = document.querySelector('meta[name="kp-echarts"]') ?
        document.querySelector('meta[name="kp-echarts"]').content : '/vendor/echarts/echarts.min.js';
      script.onload = function () { Array.prototype.forEach.call(maps, drawMap); };
      document.head.appendChild(script);
    }
  });
})();
