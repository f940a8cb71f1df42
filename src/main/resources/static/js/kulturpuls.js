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

  /* A number as the page's language writes it: "217.075" and "3,5" on a Danish page. */
  function number(value, digits) {
    if (value === null || value === undefined || value === '' || isNaN(value)) {
      return '\u2013';
    }
    var lang = document.documentElement.lang || 'da';
    return Number(value).toLocaleString(lang, digits === undefined ? undefined
      : { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  /* Every chart starts here. The library's own generated description ("This is a chart with type ...") is off:
     the element keeps the platform's translated aria-label, and the table beside it carries the figures. Numbers in
     tooltips and on axes are written as the page's language writes them, and Escape closes an open tooltip. */
  function chart(element) {
    var label = element.getAttribute('aria-label');
    var instance = window.echarts.init(element, null, { renderer: 'canvas' });
    var setOption = instance.setOption;
    instance.setOption = function (option) {
      option.aria = { enabled: false };
      if (option.tooltip && !option.tooltip.valueFormatter) {
        option.tooltip.valueFormatter = function (v) { return number(v); };
      }
      var result = setOption.apply(instance, arguments);
      if (label !== null && element.getAttribute('aria-label') !== label) {
        element.setAttribute('aria-label', label);
      }
      return result;
    };
    window.addEventListener('resize', function () { instance.resize(); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        instance.dispatchAction({ type: 'hideTip' });
      }
    });
    return instance;
  }

  window.Kulturpuls = { chart: chart, number: number };

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
        var min = values.length ? Math.min.apply(null, values) : 0;
        var max = values.length ? Math.max.apply(null, values) : 0;
        chart(element).setOption({
          tooltip: { trigger: 'item', renderMode: 'richText',
            formatter: function (p) {
              return p.name + ': ' + (p.value === undefined || p.value === null || isNaN(p.value)
                ? (element.getAttribute('data-unknown') || '\u2013') : number(p.value));
            } },
          visualMap: values.length ? {
            min: min, max: max, left: 'left', bottom: 10, calculable: false,
            text: [number(max), number(min)], textGap: 6,
            formatter: function (v) { return number(v); },
            inRange: { color: ['#e6f0f7', '#0059b3'] }
          } : undefined,
          series: [{
            type: 'map', map: mapName, roam: false,
            name: element.getAttribute('data-series-name') || '',
            label: { show: false },
            emphasis: { label: { show: true } },
            // a municipality without a figure is grey, apart from the colour scale
            itemStyle: { areaColor: '#c6c6c6', borderColor: '#ffffff' },
            data: data.map(function (d) { return { name: d.name, value: d.value === null ? '-' : d.value }; })
          }]
        });
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
      scrollCue(region);
    });
  }

  /* A table wider than its container says so in words above it, instead of cut-off columns with no cue.
     Re-checked when the window changes width. */
  function scrollCue(region) {
    var meta = document.querySelector('meta[name="kp-table-scroll-hint"]');
    var hint = region.previousElementSibling;
    var hasHint = hint !== null && hint.classList.contains('kp-scroll-hint');
    var overflows = region.scrollWidth > region.clientWidth + 1;
    region.classList.toggle('kp-scrolls', overflows);
    if (overflows && !hasHint && meta) {
      hint = document.createElement('p');
      hint.className = 'form-hint kp-scroll-hint';
      hint.textContent = meta.getAttribute('content');
      region.parentNode.insertBefore(hint, region);
    }
    else if (!overflows && hasHint) {
      hint.parentNode.removeChild(hint);
    }
  }

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(function () {
      Array.prototype.forEach.call(document.querySelectorAll('.table--responsive-scroll'), scrollCue);
      foldSteps();
    }, 150);
  });

  /* The application's steps: on a phone the list of all steps folds behind "Show all 8 steps" (the current step is
     named above it), so that the form, not the list, fills the first screen; on wider screens it is always open. */
  var phone = window.matchMedia('(max-width: 767.98px)');
  var stepsWerePhone = null;
  function foldSteps() {
    if (stepsWerePhone === phone.matches) {
      return;
    }
    stepsWerePhone = phone.matches;
    Array.prototype.forEach.call(document.querySelectorAll('details.kp-steps-all'), function (details) {
      details.open = !phone.matches;
    });
  }

  document.addEventListener('htmx:afterSettle', scrollableTables);

  /* Escape closes an overflow menu (the design system's "Mere"); focus goes back to the button that opened it
     instead of being dropped on the page. */
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var focused = document.activeElement;
    var buttons = document.querySelectorAll('.button-overflow-menu[aria-expanded="true"]');
    Array.prototype.forEach.call(buttons, function (button) {
      var menu = document.getElementById(button.getAttribute('aria-controls'));
      if (focused === button || (menu && menu.contains(focused))) {
        window.setTimeout(function () {
          var now = document.activeElement;
          // a link of the closed menu is hidden, and the browser drops its focus on the page: take it back
          if (now === null || now === document.body || (menu && menu.contains(now))) {
            button.focus();
          }
        }, 0);
      }
    });
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    scrollableTables();
    foldSteps();
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
