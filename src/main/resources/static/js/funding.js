/* Kulturpuls funding: move focus to the error summary so that a screen reader hears every error of the step,
   and keep a second click on "submit" from sending the form twice (the server also ignores a second submit). */
(function () {
  'use strict';

  /* An autosaved form: a save in flight when the user presses a button finishes first (it brings the new version),
     and no autosave starts once the form is being sent. */
  function autosaveForms() {
    document.querySelectorAll('form[hx-post]').forEach(function (form) {
      var sending = false;
      form.addEventListener('htmx:beforeRequest', function (event) {
        if (sending) {
          event.preventDefault();
        }
      });
      form.addEventListener('submit', function (event) {
        if (form.classList.contains('htmx-request')) {
          event.preventDefault();
          var submitter = event.submitter;
          form.addEventListener('htmx:afterRequest', function () {
            window.setTimeout(function () { form.requestSubmit(submitter); }, 50);
          }, { once: true });
          return;
        }
        sending = true;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    autosaveForms();
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
