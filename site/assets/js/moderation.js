// Moderation of the cohort the dashboard shows (dashboard.js announces it with an `lcm:cohort`
// event): the learners' private reports, each marked handled with what the team did (or opened
// again), the team's moderation log with a form to add to it, and the code of conduct the
// cohort's learners read on their page. Words come from site/messages/community.json.
(function () {
  'use strict';
  var section = document.getElementById('moderation');
  if (!section) { return; }
  var I = window.LcmI18n;
  var t = I.t;
  var cohortId = null;
  var reports = document.getElementById('mod-reports');
  var reportsState = document.getElementById('mod-reports-state');
  var log = document.getElementById('mod-log');
  var logForm = document.getElementById('mod-log-add');
  var logState = logForm.querySelector('[role=status]');
  var conductForm = document.getElementById('mod-conduct');
  var conductState = conductForm.querySelector('[role=status]');
  var ACTIONS = ['talked-to', 'warned', 'removed', 'no-action', 'other'];

  function api(method, tail, body) {
    return window.LcmStaff.call(method, '/api/cohorts/' + encodeURIComponent(cohortId) + tail, body);
  }

  function failed(r) { return t(r.status === 401 ? 'community.signIn' : 'community.failed'); }

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  /** One report: who, when, about what, the words, its status, and the team's answer to it. */
  function report(r, index) {
    var li = el('li', null, 'mod-report');
    var text = el('div');
    text.appendChild(el('strong', t('community.mod.reportLine', { name: r.learnerName, date: I.longDate(r.createdAt),
      about: t('community.me.about_' + r.about) })));
    text.appendChild(el('p', r.text, 'plan-notes'));
    text.appendChild(el('p', t('community.mod.status.' + r.status), 'hint'));
    li.appendChild(text);
    var form = el('form', null, 'api-form');
    form.noValidate = true;
    if (r.status === 'open') {
      var id = 'mod-action-' + index;
      var label = el('label', t('community.mod.action'));
      label.htmlFor = id;
      var select = el('select');
      select.id = id;
      ACTIONS.forEach(function (a) {
        var o = el('option', t('community.mod.action_' + a));
        o.value = a;
        select.appendChild(o);
      });
      var noteId = 'mod-note-' + index;
      var noteLabel = el('label', t('community.mod.note'));
      noteLabel.htmlFor = noteId;
      var note = el('input');
      note.id = noteId;
      note.type = 'text';
      note.maxLength = 1000;
      [[label, select], [noteLabel, note]].forEach(function (pair) {
        var p = el('p', null, 'field');
        p.appendChild(pair[0]);
        p.appendChild(pair[1]);
        form.appendChild(p);
      });
      var handle = el('button', t('community.mod.handle'));
      handle.type = 'submit';
      form.appendChild(handle);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        setStatus(r, { status: 'handled', action: select.value, note: note.value.trim() || null }, 'community.mod.handled');
      });
    } else {
      var reopen = el('button', t('community.mod.reopen'), 'button-secondary');
      reopen.type = 'submit';
      form.appendChild(reopen);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        setStatus(r, { status: 'open' }, 'community.mod.reopened');
      });
    }
    li.appendChild(form);
    return li;
  }

  function setStatus(r, body, done) {
    api('PATCH', '/problem-reports/' + encodeURIComponent(r.reportId), body).then(function (res) {
      reportsState.textContent = res.ok ? t(done) : failed(res);
      if (res.ok) { load(); }
    });
  }

  function renderReports(list) {
    reports.textContent = '';
    if (!list.length) { reports.appendChild(el('li', t('community.mod.reportsNone'))); }
    // The ones to handle first, each group newest first (as the API lists them).
    list.filter(function (r) { return r.status === 'open'; }).concat(list.filter(function (r) { return r.status !== 'open'; }))
      .forEach(function (r, i) { reports.appendChild(report(r, i)); });
  }

  function renderLog(entries, reportsById) {
    log.textContent = '';
    if (!entries.length) { log.appendChild(el('li', t('community.mod.logNone'))); }
    entries.forEach(function (e) {
      // A line about a report names whose report it was, so the log reads alone; its time is on the
      // reader's clock, which the line above the log names once (community.js, zoneNote).
      var about = e.reportId && reportsById[e.reportId];
      var li = el('li', t(about ? 'community.mod.logLineReport' : 'community.mod.logLine', { when: window.LcmStaff.dateTime(e.at),
        // The author's name as the header gives it; an older entry, kept without it, by address;
        // one without either names the team, never an account id.
        by: e.byName || (/@/.test(e.by || '') ? e.by : t('community.mod.byTeam')),
        action: t('community.mod.action_' + e.action), name: about ? about.learnerName : '' }));
      if (e.note) { li.appendChild(el('p', e.note, 'hint')); }
      log.appendChild(li);
    });
  }

  function load() {
    var reportsRead = api('GET', '/problem-reports').then(function (r) {
      if (r.ok) { renderReports(r.json.reports); }
      return r.ok ? r.json.reports : [];
    });
    Promise.all([reportsRead, api('GET', '/moderation-log')]).then(function (both) {
      var byId = {};
      both[0].forEach(function (r) { if (r.learnerName) { byId[r.reportId] = r; } });
      if (both[1].ok) { renderLog(both[1].json.entries, byId); }
    });
  }

  /** A team form: sent, its status says so and the log is read again; refused, its field is marked. */
  function teamForm(form, method, tail, field, body, saved, invalid, after) {
    var state = form.querySelector('[role=status]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = form.elements[field];
      input.removeAttribute('aria-invalid');
      api(method, tail, body()).then(function (r) {
        if (r.ok) {
          state.textContent = t(saved);
          if (after) { after(); }
          load();
        } else if (r.status === 400) {
          input.setAttribute('aria-invalid', 'true');
          state.textContent = t(invalid);
          input.focus();
        } else {
          state.textContent = failed(r);
        }
      });
    });
  }

  teamForm(logForm, 'POST', '/moderation-log', 'note', function () {
    return { action: logForm.elements.action.value, note: logForm.elements.note.value.trim() };
  }, 'community.mod.logSaved', 'community.mod.error.note', function () { logForm.elements.note.value = ''; });
  teamForm(conductForm, 'PUT', '/code-of-conduct', 'text', function () {
    return { text: conductForm.elements.text.value };
  }, 'community.mod.conductSaved', 'community.mod.error.text');

  document.addEventListener('lcm:cohort', function (event) {
    cohortId = event.detail.cohortId;
    section.hidden = false;
    [reportsState, logState, conductState].forEach(function (s) { s.textContent = ''; });
    conductForm.elements.text.value = '';
    api('GET', '/code-of-conduct').then(function (r) { if (r.ok) { conductForm.elements.text.value = r.json.text || ''; } });
    load();
  });
})();
