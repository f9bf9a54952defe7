// The LCM's cohorts: GET /api/cohorts/mine as cards (dates, seats, sign-ups, team); each can be
// edited (PATCH), opened or closed, given a colleague (POST .../team) and its risk thresholds
// (GET/PUT .../risk-policy); a form creates a new one (POST /api/cohorts). Field errors show next
// to their fields in the page's language (the catalogue's words for the field the API names).
(function () {
  'use strict';
  var S = window.LcmStaff;
  var t = S.t;
  var el = S.el;
  var list = document.getElementById('cohorts-list');
  var state = document.getElementById('cohorts-state');
  var THRESHOLDS = ['watchScore', 'atRiskScore', 'dropoutSilentWeeks'];
  var count = 0;

  function isScore(k) { return /Score$/.test(k); }

  /** The API's field errors, worded by this page: one message per field it names. */
  function fieldErrors(fields) {
    var out = {};
    Object.keys(fields || {}).forEach(function (k) {
      out[k] = S.has('cohorts.err.' + k) ? t('cohorts.err.' + k) : t('cohorts.err.threshold');
    });
    return out;
  }

  function answered(form, status, r, done) {
    S.clearErrors(form);
    if (r.ok) { done(r.json); return; }
    if (r.status === 401 || r.status === 403) { S.say(status, t('staff.expired'), 'error'); return; }
    if (r.status === 409) { S.say(status, t('cohorts.conflict'), 'error'); return; }
    var fields = r.json && r.json.error && r.json.error.fields;
    if (fields) {
      S.showErrors(form, fieldErrors(fields));
      S.say(status, t('cohorts.notSaved'), 'error');
    } else {
      S.say(status, t('staff.failed'), 'error');
    }
  }

  function whole(v) { return /^\d+$/.test(v) ? parseInt(v, 10) : (v === '' ? null : v); }

  function field(id, label, input) {
    var div = el('div', { 'class': 'field' });
    div.appendChild(el('label', { 'for': id }, label));
    input.id = id;
    div.appendChild(input);
    return div;
  }

  function input(type, name, value, attrs) {
    var i = el('input', Object.assign({ type: type, name: name, 'data-field': name }, attrs || {}));
    if (value !== undefined && value !== null) { i.value = value; }
    return i;
  }

  /** A folded form inside a card. */
  function panel(title, fields, submit, send) {
    var details = el('details', { 'class': 'staff-details' });
    details.appendChild(el('summary', {}, title));
    var form = el('form', { novalidate: '' });
    fields.forEach(function (f) { form.appendChild(f); });
    var actions = form.appendChild(el('p', { 'class': 'staff-actions' }));
    actions.appendChild(el('button', { type: 'submit' }, submit));
    var status = form.appendChild(el('p', { 'class': 'staff-status', role: 'status' }));
    status.hidden = true;
    form.addEventListener('submit', function (e) { e.preventDefault(); send(form, status); });
    details.appendChild(form);
    return { details: details, form: form, status: status, actions: actions };
  }

  function endOf(c) { return c.endDate; }

  function card(c) {
    var n = ++count;
    var li = el('li', { 'class': 'staff-card', 'data-cohort': c.cohortId });
    var base = '/api/cohorts/' + encodeURIComponent(c.cohortId);
    var heading = li.appendChild(el('h3', {}, c.title));
    var dl = li.appendChild(el('dl', { 'class': 'staff-facts' }));
    /** The card's facts as the cohort {@code c} now is (drawn again when the API gives it afresh). */
    function facts() {
      heading.textContent = c.title;
      dl.textContent = '';
      function row(label, value) { dl.appendChild(el('dt', {}, label)); dl.appendChild(el('dd', {}, value)); }
      row(t('cohorts.path'), S.pathTitle(c.pathId));
      row(t('cohorts.language'), S.languageName(c.language));
      row(t('cohorts.datesLabel'), t('cohorts.dates', { start: S.date(c.startDate), end: S.date(endOf(c)) }));
      row(t('cohorts.seats'), t('cohorts.seatsLeft', { enrolled: S.plural('cohorts.enrolledCount', c.enrolled),
        seats: S.plural('cohorts.seatCount', c.seats), waitlisted: S.plural('cohorts.waitingCount', c.waitlisted) }));
      row(t('cohorts.team'), S.plural('cohorts.teamCount', (c.team || []).length));
    }
    facts();
    var open = el('p', { 'class': 'staff-actions' });
    // What the path's page offers a learner today (the API's Offers rule), not only the switch.
    function offerText() { return t(c.offer ? 'cohorts.offer.' + c.offer : c.open ? 'cohorts.open' : 'cohorts.closed'); }
    var openState = open.appendChild(el('span', { 'class': 'staff-role', 'data-offer': c.offer || '' }, offerText()));
    var toggle = open.appendChild(el('button', { type: 'button' }));
    var blocked = el('p', { 'class': 'hint' });
    // Closing is offered where learners are offered the cohort (Offers.state open or full), opening
    // where the API says reopening would offer it again (canReopen); a cohort past half or ended is
    // offered to no one, so neither: closed, the card says why it cannot be reopened instead.
    function showToggle() {
      var offered = c.offer ? c.offer === 'open' || c.offer === 'full' : c.open;
      var action = offered ? 'cohorts.closeAction' : !c.open && c.canReopen ? 'cohorts.openAction' : null;
      toggle.hidden = !action;
      if (action) { toggle.textContent = t(action); }
      blocked.hidden = !c.reopenBlockedBy;
      blocked.textContent = c.reopenBlockedBy ? t('cohorts.reopenBlocked.' + c.reopenBlockedBy) : '';
      blocked.setAttribute('data-reopen-blocked', c.reopenBlockedBy || '');
    }
    showToggle();
    var links = el('p', { 'class': 'staff-actions' });
    links.appendChild(el('a', { href: S.pages.dashboard + '?cohort=' + encodeURIComponent(c.cohortId) }, t('cohorts.openDashboard')));
    links.appendChild(el('a', { href: S.pages.matching + '?cohort=' + encodeURIComponent(c.cohortId) }, t('cohorts.openMatching')));
    li.appendChild(open);
    li.appendChild(blocked);
    li.appendChild(links);
    var toggleStatus = li.appendChild(el('p', { 'class': 'staff-status', role: 'status' }));
    toggleStatus.hidden = true;
    /** The card as the API now gives the cohort: its facts, its offer and its switch. */
    function show(fresh) {
      c = fresh;
      facts();
      openState.textContent = offerText();
      openState.setAttribute('data-offer', c.offer || '');
      showToggle();
      // A folded edit panel offers the cohort as it now is (saving it would put the old dates back);
      // an open one keeps what the LCM is typing.
      if (!edit.details.open) {
        ['title', 'startDate', 'weeks', 'seats'].forEach(function (k) { edit.form.elements[k].value = c[k]; });
      }
    }
    // The API refuses to reopen a cohort that has passed half-way or ended since the page was
    // shown (409 past_half or ended), often because a colleague moved its dates: the card reads
    // the cohort again, so its dates say why, and says why as it would have on loading.
    toggle.addEventListener('click', function () {
      S.call('PATCH', base, { open: !c.open }).then(function (r) {
        var code = r.status === 409 && r.json && r.json.error && r.json.error.code;
        if (code === 'past_half' || code === 'ended') {
          S.say(toggleStatus, t('cohorts.reopenRefused'), 'error');
          return S.call('GET', base).then(function (again) {
            if (again.ok) { show(again.json); return; }
            c.canReopen = false;
            c.reopenBlockedBy = code === 'ended' ? 'ended' : 'past-half';
            showToggle();
          });
        }
        if (!r.ok) { S.say(toggleStatus, t('staff.failed'), 'error'); return; }
        show(r.json);
        S.say(toggleStatus, t('cohorts.saved'));
      });
    });

    var edit = panel(t('cohorts.edit'), [
      field('c' + n + '-title', t('cohorts.titleField'), input('text', 'title', c.title, { maxlength: '120' })),
      field('c' + n + '-start', t('cohorts.start'), input('date', 'startDate', c.startDate)),
      field('c' + n + '-weeks', t('cohorts.weeks'), input('number', 'weeks', c.weeks, { min: '1', max: '104' })),
      field('c' + n + '-seats', t('cohorts.seats'), input('number', 'seats', c.seats, { min: '1', max: '10000' }))
    ], t('cohorts.save'), function (form, status) {
      // The title as shown is in this page's language when it is the path's: left as it was, it is
      // not sent, so the cohort keeps the title it had (the path's, named in each reader's language).
      var title = form.elements.title.value.trim();
      S.call('PATCH', base, { title: title && title !== c.title ? title : null, startDate: form.elements.startDate.value || null,
        weeks: whole(form.elements.weeks.value), seats: whole(form.elements.seats.value) }).then(function (r) {
        answered(form, status, r, function () { S.say(status, t('cohorts.saved')); load(); });
      });
    });
    li.appendChild(edit.details);

    var team = panel(t('cohorts.addColleague'), [
      field('c' + n + '-email', t('cohorts.colleagueEmail'), input('email', 'email', '',
        { 'aria-describedby': 'c' + n + '-email-hint', autocomplete: 'off' })),
      el('p', { 'class': 'hint', id: 'c' + n + '-email-hint' }, t('cohorts.colleagueHint')),
      field('c' + n + '-name', t('dash.teamAddName'), input('text', 'name', '', { maxlength: '120', autocomplete: 'off' }))
    ], t('cohorts.add'), function (form, status) {
      // The name typed is what the team list shows until the colleague signs in with theirs.
      S.call('POST', base + '/team', { email: form.elements.email.value.trim() || null,
        name: form.elements.namedItem('name').value.trim() || undefined, language: S.lang })
        .then(function (r) {
          answered(form, status, r, function (json) {
            form.elements.email.value = '';
            form.elements.namedItem('name').value = '';
            // The answer is the cohort with its team grown: the card's count follows at once.
            show(json);
            S.say(status, t('cohorts.added'));
          });
        });
    });
    li.appendChild(team.details);

    // Scores are chances of dropping out, which the dashboard shows in per cent: asked the same way.
    var fields = THRESHOLDS.map(function (k) {
      return field('c' + n + '-' + k, t('cohorts.t.' + k), input('number', k, null,
        isScore(k) ? { step: 'any', min: '5', max: k === 'watchScore' ? '95' : '99' } : { step: '1', min: '2', max: '26' }));
    });
    var thresholds = panel(t('cohorts.thresholds'), [el('p', { 'class': 'hint' }, t('cohorts.thresholdsHint'))].concat(fields),
      t('cohorts.thresholdsSave'), function (form, status) {
        var body = {};
        THRESHOLDS.forEach(function (k) {
          var v = form.elements[k].value;
          if (v !== '') { body[k] = isScore(k) ? Math.round(Number(v) * 10) / 1000 : Number(v); }
        });
        S.call('PUT', base + '/risk-policy', body).then(function (r) {
          answered(form, status, r, function (json) { fill(form, json); S.say(status, t('cohorts.saved')); });
        });
      });
    function fill(form, policy) {
      THRESHOLDS.forEach(function (k) {
        form.elements[k].value = isScore(k) ? Math.round(policy[k] * 1000) / 10 : policy[k];
      });
    }
    // Not editable until the stored values arrive, so an answer never replaces what the LCM typed;
    // values filled afresh take away the errors and the status said of the earlier ones.
    function loading(on) {
      Array.prototype.forEach.call(thresholds.form.querySelectorAll('input, button'), function (f) { f.disabled = on; });
      thresholds.form.setAttribute('aria-busy', on ? 'true' : 'false');
    }
    // A field changed since it was refused no longer carries the refusal; the last one gone, the
    // status line pointing at them goes too.
    thresholds.form.addEventListener('input', function (e) {
      if (!e.target.closest('.field')) { return; }
      S.clearErrors(e.target.closest('.field'));
      if (!thresholds.form.querySelector('.field-error') && thresholds.status.textContent === t('cohorts.notSaved')) {
        S.say(thresholds.status, '');
      }
    });
    thresholds.details.addEventListener('toggle', function () {
      if (!thresholds.details.open) { return; }
      loading(true);
      S.say(thresholds.status, t('staff.loading'));
      S.call('GET', base + '/risk-policy').then(function (r) {
        loading(false);
        S.clearErrors(thresholds.form);
        if (r.ok) { fill(thresholds.form, r.json); S.say(thresholds.status, ''); return; }
        S.say(thresholds.status, t(r.status === 401 || r.status === 403 ? 'staff.expired' : 'staff.failed'), 'error');
      });
    });
    li.appendChild(thresholds.details);
    return li;
  }

  function load() {
    state.textContent = t('staff.loading'); // said by the script: without it the page never claims to load
    return S.call('GET', '/api/cohorts/mine').then(function (r) {
      if (r.status === 401 || r.status === 403) {
        state.textContent = t('staff.expired');
        return;
      }
      if (!r.ok) { state.textContent = t('staff.failed'); return; }
      var cohorts = r.json.cohorts || [];
      list.textContent = '';
      state.textContent = cohorts.length ? '' : t('cohorts.none');
      cohorts.forEach(function (c) { list.appendChild(card(c)); });
    });
  }

  var create = document.getElementById('cohorts-create');
  var createStatus = document.getElementById('cohorts-create-status');
  create.elements.pathId.addEventListener('change', function () {
    var option = create.elements.pathId.selectedOptions[0];
    if (option && option.getAttribute('data-weeks')) { create.elements.weeks.value = option.getAttribute('data-weeks'); }
  });
  create.addEventListener('submit', function (e) {
    e.preventDefault();
    // Left empty, the API names the cohort in the cohort's language (its learners read the title),
    // not in the language of this page.
    var title = create.elements.title.value.trim() || null;
    S.call('POST', '/api/cohorts', { pathId: create.elements.pathId.value || null, language: create.elements.language.value,
      title: title, startDate: create.elements.startDate.value || null, weeks: whole(create.elements.weeks.value),
      seats: whole(create.elements.seats.value) }).then(function (r) {
      answered(create, createStatus, r, function (made) {
        create.reset();
        S.say(createStatus, t('cohorts.created'));
        load().then(function () {
          // The list is in date order, so the new card may be far above the form: take the LCM to it.
          var card = made && made.cohortId && list.querySelector('[data-cohort="' + CSS.escape(made.cohortId) + '"] h3');
          if (card) { card.setAttribute('tabindex', '-1'); card.focus(); }
        });
      });
    });
  });

  var u = S.user();
  if (!u) { state.textContent = ''; return; }
  document.getElementById('cohorts-mine-section').hidden = false;
  document.getElementById('cohorts-create-section').hidden = false;
  var tomorrow = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
  create.elements.startDate.min = tomorrow;
  load();
}());
