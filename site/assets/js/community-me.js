// The learner's cohort on My page (GET /api/me/channels with the key that learner-key.js holds):
// its places (each a link with its kind; the weekly call with its day and time and a download of
// its recurring invite), its FAQ and code of conduct, the learner's choice to be named in the
// group chat, a private report to the LCM team and what became of the learner's earlier reports
// (GET /api/me/problem-reports). Shown to enrolled learners only.
'use strict';

(function () {
  var I = window.LcmI18n;
  var K = window.LcmLearnerKey;
  var section = document.getElementById('me-community');
  if (!section || !I || !K || !K.authorization()) return;
  var list = document.getElementById('me-channels');

  function call(method, path, body) {
    var headers = K.headers();
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  function get(path) { return call('GET', path); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function invite(c) {
    get('/api/me/channels/' + encodeURIComponent(c.channelId) + '/call.ics').then(function (r) {
      return r.ok ? r.blob() : Promise.reject(r.status);
    }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'group-call.ics';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }, function () { /* the link to the call itself still works */ });
  }

  function item(c) {
    var li = document.createElement('li');
    var kind = document.createElement('strong');
    kind.textContent = I.t('community.kind.' + c.kind) + ' ';
    li.appendChild(kind);
    var link = document.createElement('a');
    link.href = c.url;
    link.rel = 'noopener noreferrer';
    link.textContent = c.label;
    li.appendChild(link);
    if (c.call) {
      var when = document.createElement('p');
      li.appendChild(when);
      // On the learner's own clock too when it shows the call at another day or hour (the API's `yours`).
      var y = c.call.yours;
      var yours = y && el('p', '', 'community-yours');
      if (yours) li.appendChild(yours);
      // Zones named as the lists name them: their words load with the first call to show.
      I.withZones().then(function () {
        when.textContent = I.t('community.when', { day: I.t('community.day.' + c.call.day), time: I.time(c.call.time),
          zone: I.zone(c.call.timezone), minutes: c.call.durationMinutes });
        if (yours) {
          yours.textContent = I.t('community.me.yourTime', { day: I.t('community.day.' + y.day), time: I.time(y.time),
            zone: I.zone(y.timezone, y.at) });
        }
      });
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button-secondary';
      button.textContent = I.t('community.me.ics');
      button.addEventListener('click', function () { invite(c); });
      li.appendChild(button);
    }
    return li;
  }

  function faq(entries) {
    var box = document.getElementById('me-faq');
    box.textContent = '';
    entries.forEach(function (e) {
      var details = document.createElement('details');
      details.className = 'staff-details';
      var summary = document.createElement('summary');
      summary.textContent = e.question;
      var answer = document.createElement('p');
      answer.textContent = e.answer;
      details.appendChild(summary);
      details.appendChild(answer);
      box.appendChild(details);
    });
    document.getElementById('me-faq-box').hidden = !entries.length;
  }

  /** The code as its team wrote it (conduct.js, shared with the sign-up form). */
  function conduct(code) {
    var box = document.getElementById('me-conduct-box');
    box.hidden = !(code.text && window.LcmConduct
      && window.LcmConduct.render(document.getElementById('me-conduct-text'), code.text));
    if (box.hidden || location.hash !== '#me-conduct') return;
    // Opened at the code (the welcome mail's link): My page's sections show once GET /api/me has
    // answered (learner.js, lcm:me), which may come after this; only a shown heading takes the focus.
    var heading = document.getElementById('me-conduct');
    if (heading.offsetParent) heading.focus();
    else document.addEventListener('lcm:me', function () { heading.focus(); }, { once: true });
  }

  function share(on) {
    var form = document.getElementById('me-share');
    var box = form.elements.shareFirstName;
    var status = form.querySelector('[role=status]');
    box.checked = !!on;
    if (form.dataset.wired) return;
    form.dataset.wired = 'true';
    box.addEventListener('change', function () {
      call('PUT', '/api/me/community', { shareFirstName: box.checked }).then(function (r) {
        status.textContent = r.ok ? I.t(box.checked ? 'community.me.shareSaved.on' : 'community.me.shareSaved.off')
          : I.t('community.me.failed');
        if (!r.ok) box.checked = !box.checked;
      }, function () { status.textContent = I.t('community.me.failed'); box.checked = !box.checked; });
    });
  }

  function reportForm() {
    var form = document.getElementById('me-problem-form');
    var status = form.querySelector('[role=status]');
    if (form.dataset.wired) return;
    form.dataset.wired = 'true';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = form.elements.text;
      text.removeAttribute('aria-invalid');
      if (!text.value.trim()) {
        text.setAttribute('aria-invalid', 'true');
        status.textContent = I.t('community.me.reportEmpty');
        text.focus();
        return;
      }
      call('POST', '/api/me/problem-reports', { about: form.elements.about.value, text: text.value.trim() }).then(function (r) {
        if (r.status === 201) {
          text.value = '';
          status.textContent = I.t('community.me.reportSent');
          reports();
        } else {
          status.textContent = I.t(r.status === 429 ? 'community.me.reportTooMany' : 'community.me.failed');
        }
        status.focus();
      }, function () { status.textContent = I.t('community.me.failed'); });
    });
  }

  /**
   * A report's state in plain words: received, or reviewed on a day with what the team did (the
   * API gives an outcome only when the team chose one of its moderation actions).
   */
  function state(r) {
    if (r.status !== 'handled') return I.t('community.me.reportState_open');
    return I.t('community.me.reportState_' + (r.outcome || 'handled'), { date: I.longDate(r.handledAt) });
  }

  /** The learner's own reports (GET /api/me/problem-reports), newest first; nothing shown before the first. */
  function reports() {
    var box = document.getElementById('me-reports-box');
    var ul = document.getElementById('me-reports');
    get('/api/me/problem-reports').then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      if (!data) return;
      ul.textContent = '';
      data.reports.forEach(function (r) {
        var li = document.createElement('li');
        li.setAttribute('data-status', r.status);
        var line = document.createElement('p');
        line.className = 'hint';
        line.textContent = I.t('community.me.reportLine', { date: I.longDate(r.createdAt),
          about: I.t('community.me.about_' + r.about) });
        var words = document.createElement('p');
        words.className = 'community-report-text';
        words.textContent = r.text;
        var said = document.createElement('p');
        said.className = 'community-report-state';
        said.textContent = state(r);
        li.appendChild(line);
        li.appendChild(words);
        li.appendChild(said);
        ul.appendChild(li);
      });
      box.hidden = !data.reports.length;
    }, function () { /* the form still works */ });
  }

  // One who leaves on this page no longer has the cohort's places (learner.js tells, event lcm:me,
  // or before this script ran: what it told is kept). One who takes a seat on this page (from the
  // waitlist, POST /api/me/move) now has them: read for the cohort they are seated in, as a reload would.
  var told = (window.LcmLearnerAnnounced || {}).me;
  var left = !!told && told.status !== 'enrolled';
  var seen = told || null;
  function seatOf(m) { return m && m.status === 'enrolled' && m.cohort ? m.cohort.cohortId : null; }
  document.addEventListener('lcm:me', function (e) {
    var before = seen;
    seen = e.detail;
    left = e.detail.status !== 'enrolled';
    if (left) section.hidden = true;
    else if (before && seatOf(before) !== seatOf(seen)) load();
  });

  function load() {
    get('/api/me/channels').then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      if (!data || !data.cohortTitle || left) return;
      list.textContent = '';
      data.channels.forEach(function (c) { list.appendChild(item(c)); });
      list.hidden = !data.channels.length;
      // "Say hello here" with nothing under it reads like a bug: until the team adds a place, say so.
      document.getElementById('me-channels-intro').hidden = !data.channels.length;
      document.getElementById('me-channels-none').hidden = !!data.channels.length;
      faq(data.faq);
      section.hidden = false;
      conduct(data.codeOfConduct);
      share(data.shareFirstName);
      reportForm();
      reports();
    }, function () { /* the rest of the page works without it */ });
  }
  load();
})();
