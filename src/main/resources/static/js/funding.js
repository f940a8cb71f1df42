/* Kulturpuls funding: move focus to the error summary so that a screen reader hears every error of the step,
   and keep a second click on "submit" from sending the form twice (the server also ignores a second submit). */
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
    var submit = document.getElementById('submit-form');
    if (submit) {
      submit.addEventListener('submit', function (event) {
        if (submit.getAttribute('data-submitting') === 'true') {
          event.preventDefault();
          return;
        }
        submit.setAttribute('data-submitting', 'true');
      });
    }
  });
})();
