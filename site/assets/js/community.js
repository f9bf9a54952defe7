// The places of the cohort the dashboard shows (dashboard.js announces it with an `lcm:cohort`
// event): the list with an edit and a remove button each, and the form that adds one or saves
// the one being edited (a weekly call also asks for its day, time, zone and length), the
// channels' webhooks with the delivery log, and the cohort's FAQ (an entry may become a guide
// draft). Words come from site/messages/community.json.
(function () {
  'use strict';
  var section = document.getElementById('community');
  if (!section) { return; }
  var I = window.LcmI18n;
  var t = I.t;
  var list = document.getElementById('community-channels');
  var none = document.getElementById('community-none');
  var form = document.getElementById('community-add');
  var call = document.getElementById('community-call');
  var state = form.querySelector('[role=status]');
  var confirmBox = document.getElementById('community-confirm');
  var cohortId = null;
  var FIELDS = ['label', 'url', 'day', 'time', 'timezone', 'durationMinutes'];

  // The staff shell's call(): a fresh ID token, and {status, ok, json} even on a network failure.
  function api(method, path, body) { return window.LcmStaff.call(method, path, body); }

  function path(tail) { return '/api/cohorts/' + encodeURIComponent(cohortId) + '/channels' + (tail || ''); }

  /** "Every Thursday at 18:30 (Central European Time), 45 minutes": the call in the reader's words. */
  function when(c) {
    return t('community.when', { day: t('community.day.' + c.day), time: I.time(c.time), zone: I.zone(c.timezone),
      minutes: c.durationMinutes });
  }

  function problem(r) {
    if (r.status === 401) { return t('community.signIn'); }
    if (r.status === 409) { return t('community.tooMany'); }
    return t('community.failed');
  }

  /** "Remove", named for screen readers by what it removes. */
  function removeButton(name, onClick) {
    return shortButton(t('community.removeShort'), name, onClick);
  }

  function shortButton(text, name, onClick) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-secondary';
    button.textContent = text;
    button.setAttribute('aria-label', name);
    button.addEventListener('click', onClick);
    return button;
  }

  // ---- Editing a place: the form that adds one, filled with it, saves it (PATCH) instead ----------
  var heading = document.getElementById('community-add-heading');
  var submit = form.querySelector('button[type=submit]');
  var words = { heading: heading.textContent, submit: submit.textContent };
  var cancel = submit.parentNode.appendChild(shortButton(t('community.editCancel'), t('community.editCancel'), function () {
    var back = editing && list.querySelector('[data-channel="' + CSS.escape(editing.channelId) + '"] .community-edit');
    adding();
    state.textContent = '';
    if (back) { back.focus(); }
  }));
  cancel.removeAttribute('aria-label');
  cancel.hidden = true;
  var editing = null; // the channel the form now edits; null: the form adds one

  function adding() {
    editing = null;
    heading.textContent = words.heading;
    submit.textContent = words.submit;
    cancel.hidden = true;
    // The form as the page gave it, not the last place edited: a place added next would otherwise
    // take that one's kind, or a call's day, hour, zone and length nobody chose for it.
    form.reset();
    window.LcmI18n.zoneChoices(form.timezone, I.browserZone());
    showCall();
    FIELDS.forEach(function (f) { if (form[f]) { form[f].removeAttribute('aria-invalid'); } });
  }

  function edit(c) {
    editing = c;
    heading.textContent = t('community.editHeading', { label: c.label });
    submit.textContent = t('community.editButton');
    cancel.hidden = false;
    state.textContent = '';
    FIELDS.forEach(function (f) { if (form[f]) { form[f].removeAttribute('aria-invalid'); } });
    form.kind.value = c.kind;
    form.label.value = c.label;
    form.url.value = c.url;
    if (c.call) {
      form.day.value = c.call.day;
      form.time.value = c.call.time;
      window.LcmI18n.zoneChoices(form.timezone, c.call.timezone);
      form.durationMinutes.value = c.call.durationMinutes;
    }
    showCall();
    form.scrollIntoView({ block: 'nearest' });
    form.label.focus();
  }

  function render(channels) {
    list.textContent = '';
    none.hidden = channels.length > 0;
    channels.forEach(function (c) {
      var li = document.createElement('li');
      li.className = 'team-member community-channel';
      li.setAttribute('data-channel', c.channelId);
      var text = document.createElement('span');
      var link = document.createElement('a');
      link.href = c.url;
      link.rel = 'noopener noreferrer';
      link.textContent = c.label;
      text.appendChild(link);
      text.appendChild(document.createTextNode(' · ' + t('community.kind.' + c.kind) + (c.call ? ' · ' + when(c.call) : '')));
      li.appendChild(text);
      var change = li.appendChild(shortButton(t('community.editShort'), t('community.edit', { label: c.label }), function () {
        edit(c);
      }));
      change.classList.add('community-edit');
      // Learners lose the place from My page at once: asked first, naming it, as the team's remove is;
      // the button that asked steps aside while the question is open.
      var remove = li.appendChild(removeButton(t('community.remove', { label: c.label }), function () {
        document.getElementById('community-confirm-text').textContent = t('community.removeConfirm', { label: c.label });
        window.LcmConfirm.ask(confirmBox, remove, function () {
          api('DELETE', path('/' + encodeURIComponent(c.channelId))).then(function (r) {
            if (r.ok) { render(r.json.channels); state.textContent = t('community.removed', { label: c.label }); } else { state.textContent = problem(r); }
          });
        }, remove);
      }));
      list.appendChild(li);
    });
  }

  function showCall() { call.hidden = form.kind.value !== 'call'; }
  form.kind.addEventListener('change', showCall);
  window.LcmI18n.zoneChoices(form.timezone, I.browserZone());

  // ---- Webhooks and the delivery log ------------------------------------------------------------
  var hookForm = document.getElementById('community-hook');
  var hookState = hookForm.querySelector('[role=status]');
  var hooks = document.getElementById('community-hooks');
  var log = document.getElementById('community-log');
  var HOOK_FIELDS = ['kind', 'url', 'reminderDay', 'reminderTime', 'reminderZone'];

  function cohortPath(tail) { return '/api/cohorts/' + encodeURIComponent(cohortId) + tail; }

  function line(list, text) {
    var li = document.createElement('li');
    li.textContent = text;
    list.appendChild(li);
  }

  function renderHooks(r) {
    hooks.textContent = '';
    if (r.status === 503) { line(hooks, t('community.hook.unavailable')); hookForm.hidden = true; return; }
    if (!r.ok) { return; }
    if (!r.json.webhooks.length) { line(hooks, t('community.hook.none')); }
    r.json.webhooks.forEach(function (w) {
      var text = t('community.hook.current', { audience: t('community.hook.audience.' + w.audience),
        kind: t('community.hook.kind.' + w.kind), end: w.endsWith });
      if (w.reminder) {
        text += ' · ' + t('community.hook.currentReminder', { day: t('community.day.' + w.reminder.day),
          time: I.time(w.reminder.time), zone: I.zone(w.reminder.timezone) });
      }
      line(hooks, text);
    });
  }

  /**
   * A failed delivery in an LCM's words: what the chat service's answer (its HTTP status) means for
   * the channel, then what to do. The status itself stays in the API's delivery log for engineers.
   */
  var TODO = { notFound: 'newAddress', refused: 'newAddress', rejected: 'again', slow: 'wait', server: 'wait', unreachable: 'wait' };
  function why(error) {
    var code = /^HTTP (\d{3})$/.exec(error);
    var status = code ? Number(code[1]) : 0;
    if (!code) { return 'unreachable'; }
    if (status === 404 || status === 410) { return 'notFound'; }
    if (status === 401 || status === 403) { return 'refused'; }
    if (status === 429) { return 'slow'; }
    return status >= 500 ? 'server' : 'rejected';
  }

  function renderLog(r) {
    log.textContent = '';
    if (!r.ok) { return; }
    if (!r.json.deliveries.length) { line(log, t('community.log.none')); }
    r.json.deliveries.forEach(function (d) {
      var text = t('community.log.line', { event: t('community.log.event.' + d.event),
        audience: t('community.log.audience.' + d.audience), status: t('community.log.status.' + d.status),
        // On the reader's clock, said once above the log (zoneNote), not on every line.
        when: window.LcmStaff.dateTime(d.at) });
      if (d.status === 'failed' && d.error) {
        var w = why(d.error);
        text = t('community.log.failedLine', { line: text, why: t('community.log.why.' + w),
          todo: t('community.log.todo.' + TODO[w], { heading: t('community.hook.heading') }) });
      }
      line(log, text);
    });
  }

  /**
   * Says under a log's heading which clock its times are on: the reader's, named, which may differ
   * from the zone the reminder or the call was set in. Both logs of the panel: this one and the
   * moderation log (moderation.ftl, included under it).
   */
  function zoneNote(id) {
    var note = document.getElementById(id);
    var zone = I.browserZone();
    if (note && zone) { note.textContent = t('community.log.zone', { zone: I.zone(zone) }); note.hidden = false; }
  }
  zoneNote('community-log-zone');
  zoneNote('mod-log-zone');

  function loadHooks() {
    api('GET', cohortPath('/webhooks')).then(renderHooks);
    api('GET', cohortPath('/deliveries')).then(renderLog);
  }

  hookForm.audience.addEventListener('change', function () {
    document.getElementById('hook-reminder').hidden = hookForm.audience.value !== 'learners';
  });
  window.LcmI18n.zoneChoices(hookForm.reminderZone, I.browserZone());

  hookForm.addEventListener('submit', function (event) {
    event.preventDefault();
    HOOK_FIELDS.forEach(function (f) { hookForm[f].removeAttribute('aria-invalid'); });
    var body = { kind: hookForm.kind.value, url: hookForm.url.value.trim() };
    if (hookForm.audience.value === 'learners') {
      body.reminderDay = hookForm.reminderDay.value;
      body.reminderTime = hookForm.reminderTime.value;
      body.reminderZone = hookForm.reminderZone.value;
    }
    api('PUT', cohortPath('/webhooks/' + hookForm.audience.value), body).then(function (r) {
      if (r.ok) {
        hookForm.url.value = '';
        hookState.textContent = t('community.hook.saved');
        loadHooks();
      } else if (r.status === 400 && r.json && r.json.error && r.json.error.fields) {
        var wrong = HOOK_FIELDS.filter(function (f) { return r.json.error.fields[f]; });
        var params = r.json.error.params || {};
        hookState.textContent = wrong.map(function (f) {
          if (f !== 'url') { return t('community.error.' + f); }
          // Another service's address (a Discord one with Slack chosen): said so, both named.
          return params.url === 'other-service' && params.urlService
            ? t('community.error.hookOtherService', { service: t('community.hook.kind.' + params.urlService),
              chosen: t('community.hook.kind.' + body.kind) })
            : t('community.error.hookUrl');
        }).join(' ') || t('community.fix');
        wrong.forEach(function (f) { hookForm[f].setAttribute('aria-invalid', 'true'); });
        if (wrong.length) { hookForm[wrong[0]].focus(); }
      } else {
        hookState.textContent = r.status === 503 ? t('community.hook.unavailable') : problem(r);
      }
    });
  });

  // ---- The FAQ ---------------------------------------------------------------------------------
  var faqList = document.getElementById('community-faq');
  var faqForm = document.getElementById('community-faq-add');
  var faqState = faqForm.querySelector('[role=status]');

  function renderFaq(entries) {
    faqList.textContent = '';
    if (!entries.length) { line(faqList, t('community.faq.none')); }
    entries.forEach(function (e) {
      // The question, its answer, then what can be done with it, under the answer whatever its
      // length (a row that wrapped put one entry's buttons beside it, another's below).
      var li = document.createElement('li');
      li.className = 'community-faq-entry';
      var q = document.createElement('strong');
      q.textContent = e.question;
      var a = document.createElement('p');
      a.textContent = e.answer;
      li.appendChild(q);
      li.appendChild(a);
      var actions = li.appendChild(document.createElement('p'));
      actions.className = 'staff-actions';
      var draft = document.createElement('button');
      draft.type = 'button';
      draft.className = 'button-secondary';
      draft.textContent = t('community.faq.draft');
      draft.setAttribute('aria-label', t('community.faq.draftName', { question: e.question }));
      // Said under the entry whose button was pressed, not under the form further down the page.
      var said = document.createElement('p');
      said.className = 'staff-status';
      said.setAttribute('role', 'status');
      draft.addEventListener('click', function () {
        window.LcmStaff.call('POST', '/api/guides/faq-drafts', { cohortId: cohortId, entryId: e.entryId }).then(function (r) {
          if (!said.parentNode) { li.appendChild(said); }
          if (r.status !== 201) { said.textContent = problem(r); return; }
          // Guides are public: the LCM is told to take out any learner's name, and taken to the draft.
          said.textContent = t('community.faq.drafted') + ' ';
          var open = said.appendChild(document.createElement('a'));
          open.href = '/' + window.LcmStaff.lang + '/staff/guides.html?set=' + encodeURIComponent(r.json.setId);
          open.textContent = t('community.faq.openDraft');
        });
      });
      actions.appendChild(draft);
      actions.appendChild(removeButton(t('community.faq.remove', { question: e.question }), function () {
        api('DELETE', cohortPath('/faq/' + encodeURIComponent(e.entryId))).then(function (r) {
          if (r.ok) { renderFaq(r.json.faq); faqState.textContent = t('community.faq.removed'); } else { faqState.textContent = problem(r); }
        });
      }));
      faqList.appendChild(li);
    });
  }

  faqForm.addEventListener('submit', function (event) {
    event.preventDefault();
    ['question', 'answer'].forEach(function (f) { faqForm[f].removeAttribute('aria-invalid'); });
    api('POST', cohortPath('/faq'), { question: faqForm.question.value.trim(), answer: faqForm.answer.value.trim() })
      .then(function (r) {
        if (r.ok) {
          faqForm.question.value = '';
          faqForm.answer.value = '';
          faqState.textContent = t('community.faq.added');
          api('GET', cohortPath('/faq')).then(function (all) { if (all.ok) { renderFaq(all.json.faq); } });
        } else if (r.status === 400 && r.json && r.json.error && r.json.error.fields) {
          var wrong = ['question', 'answer'].filter(function (f) { return r.json.error.fields[f]; });
          faqState.textContent = wrong.map(function (f) { return t('community.error.' + f); }).join(' ') || t('community.fix');
          wrong.forEach(function (f) { faqForm[f].setAttribute('aria-invalid', 'true'); });
          if (wrong.length) { faqForm[wrong[0]].focus(); }
        } else {
          faqState.textContent = r.status === 409 ? t('community.faq.tooMany') : problem(r);
        }
      });
  });

  document.addEventListener('lcm:cohort', function (event) {
    cohortId = event.detail.cohortId;
    section.hidden = false;
    window.LcmConfirm.close(confirmBox); // a question about the cohort left behind
    if (editing) { adding(); } // nor a place of it half edited
    api('GET', path()).then(function (r) { if (r.ok) { render(r.json.channels); } });
    api('GET', cohortPath('/faq')).then(function (r) { if (r.ok) { renderFaq(r.json.faq); } });
    loadHooks();
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    FIELDS.forEach(function (f) { if (form[f]) { form[f].removeAttribute('aria-invalid'); } });
    var body = { kind: form.kind.value, label: form.label.value.trim(), url: form.url.value.trim() };
    if (body.kind === 'call') {
      body.day = form.day.value;
      body.time = form.time.value;
      body.timezone = form.timezone.value;
      body.durationMinutes = Number(form.durationMinutes.value);
    }
    var changing = editing;
    var sent = changing ? api('PATCH', path('/' + encodeURIComponent(changing.channelId)), body) : api('POST', path(), body);
    sent.then(function (r) {
      if (r.ok || (changing && r.status === 404)) {
        // A place removed by a colleague meanwhile is said so, and the list shows it gone.
        state.textContent = !r.ok ? t('community.editGone', { label: changing.label })
          : t(changing ? 'community.edited' : 'community.added', { label: r.json.label });
        if (editing === changing) { adding(); }
        api('GET', path()).then(function (all) { if (all.ok) { render(all.json.channels); } });
      } else if (r.status === 400 && r.json && r.json.error && r.json.error.fields) {
        var wrong = FIELDS.filter(function (f) { return r.json.error.fields[f] && form[f]; });
        state.textContent = wrong.map(function (f) { return t('community.error.' + f); }).join(' ') || t('community.fix');
        wrong.forEach(function (f) { form[f].setAttribute('aria-invalid', 'true'); });
        if (wrong.length) { form[wrong[0]].focus(); }
      } else {
        state.textContent = problem(r);
      }
    });
  });
})();
