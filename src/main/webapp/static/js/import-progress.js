// The import page's progress bar, moved on every second from /books/import/{id}/progress while
// the import runs; when it ends, the page is loaded again for its report. Without JavaScript the
// page reloads itself instead (its <noscript> refresh).
(function () {
  'use strict';
  var section = document.querySelector('[data-progress-url]');
  if (!section) {
    return;
  }
  var url = section.getAttribute('data-progress-url');
  function show(progress) {
    var bar = section.querySelector('progress');
    bar.value = progress.done;
    bar.max = progress.total;
    section.querySelector('.percent').textContent = progress.percent + ' %';
    ['done', 'added', 'updated', 'unchanged', 'rejected'].forEach(function (name) {
      var figure = section.querySelector('[data-figure="' + name + '"]');
      if (figure) {
        figure.textContent = String(progress[name]);
      }
    });
  }
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (progress) {
        show(progress);
        if (progress.state === 'running') {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 1000);
}());
