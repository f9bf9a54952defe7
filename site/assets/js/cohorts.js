// The LCM's cohorts: GET /api/cohorts/mine as cards (dates, seats, sign-ups, team, who waits:
// GET .../waitlist); each can be edited (PATCH: more seats name whom they went to), opened or
// closed, given a colleague (POST .../team) and its risk thresholds (GET/PUT .../risk-policy); a
// form creates a new one (POST /api/cohorts). Field errors show next to their fields in the page's
// language (the catalogue's words for the field the API names).
(function () {
  'use strict';
  var S = window.LcmStaff;
  var t = S.t;
  var el = S.el;
  var list = document.getElementById('cohorts-list');
  var state = document.getElementById('cohorts-state');
  var THRESHOLDS = ['watchScore', 'atRiskScore', 'dropoutSilentWeeks'];
  var count = 0;
  // The cohorts the cards show, as the API last gave each: a question names its cohort as the
  // pickers do (S.cohortLabel), telling apart those that share a title and a first day.
  var shown = [];

  function isScore(k) { return /Score$/.test(k); }

  /**
   * The earliest first day the API takes: the day after the one that has come in the earliest zone
   * on Earth (UTC+14), as the API judges whether a cohort has begun; "tomorrow" in UTC would offer a
   * day that has already begun there.
   */
  function firstOpenDay() {
    return new Date(Date.now() + 14 * 36e5 + 864e5).toISOString().slice(0, 10);
  }

  /** A first day before {@link firstOpenDay}, refused under the field with that day in full; else null. */
  function startTooEarly(start) {
    return start && start < firstOpenDay() ? { startDate: startPast() } : null;
  }

  /**
   * What this page can judge before sending, every field at once (the API's bounds and words), so an
   * LCM who got several fields wrong reads each message on the first try: a first day before
   * {@link firstOpenDay}, weeks or seats outside their bounds, and for a new cohort ({@code creating})
   * any of them or the path left out. A new cohort has nobody enrolled yet, so its seats are asked for
   * without naming them.
   */
  function formErrors(form, creating) {
    var start = form.elements.startDate;
    var out = startTooEarly(start.disabled ? null : start.value) || {};
    if (creating && !start.value) { out.startDate = t('cohorts.err.startDate'); }
    var weeks = whole(form.elements.weeks.value);
    if ((weeks !== null || creating) && !(typeof weeks === 'number' && weeks >= 1 && weeks <= 104)) { out.weeks = t('cohorts.err.weeks'); }
    var seats = whole(form.elements.seats.value);
    if ((seats !== null || creating) && !(typeof seats === 'number' && seats >= 1 && seats <= 10000)) {
      out.seats = t(creating ? 'cohorts.err.seatsNew' : 'cohorts.err.seats');
    }
    if (creating && !form.elements.pathId.value) { out.pathId = t('cohorts.err.pathId'); }
    return out;
  }
  function startPast() {
    return t('cohorts.err.startDate.past', { date: window.LcmI18n.longDate(firstOpenDay()) });
  }

  /**
   * The API's field errors, worded by this page: one message per field it names (why, in params); the
   * seats of a new cohort ({@code creating}) without the learners enrolled, as it has none.
   */
  function fieldErrors(fields, params, creating) {
    var out = {};
    Object.keys(fields || {}).forEach(function (k) {
      var why = params && params[k] ? 'cohorts.err.' + k + '.' + params[k] : null;
      if (why === 'cohorts.err.startDate.past') { out[k] = startPast(); return; }
      if (k === 'seats' && creating) { out[k] = t('cohorts.err.seatsNew'); return; }
      out[k] = why && S.has(why) ? t(why) : S.has('cohorts.err.' + k) ? t('cohorts.err.' + k) : t('cohorts.err.threshold');
    });
    return out;
  }

  /**
   * The dates of a cohort that has begun, refused (409 started or weeks_begun): said next to the
   * field, from the catalogue with the API's params; null for another refusal.
   */
  function datesRefused(error) {
    var params = error.params || {};
    if (error.code === 'started') { return { startDate: t('cohorts.err.started', { start: S.date(params.start) }) }; }
    if (error.code === 'weeks_begun') { return { weeks: S.plural('cohorts.err.weeksBegun', Number(params.weeksBegun)) }; }
    return null;
  }

  /** {@code refused} (optional) runs after a refusal of dates, to show the cohort as it now is. */
  function answered(form, status, r, done, refused, creating) {
    S.clearErrors(form);
    if (r.ok) { done(r.json); return; }
    if (r.status === 401 || r.status === 403) { S.say(status, S.refused(r), 'error'); return; }
    var error = (r.json && r.json.error) || {};
    if (r.status === 409) {
      var dates = datesRefused(error);
      if (!dates) { S.say(status, t('cohorts.conflict'), 'error'); return; }
      S.showErrors(form, dates);
      S.say(status, t('cohorts.notSaved'), 'error');
      if (refused) { refused(); }
      return;
    }
    var fields = error.fields;
    if (fields) {
      S.showErrors(form, fieldErrors(fields, error.params, creating));
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

  /** The languages a colleague's mails may be in, each named in itself; the page's chosen. */
  function languages() {
    var select = el('select', { name: 'language', 'data-field': 'language' });
    [['en', 'English'], ['fr', 'Français']].forEach(function (o) {
      var option = el('option', { value: o[0], lang: o[0] }, o[1]);
      option.selected = o[0] === S.lang;
      select.appendChild(option);
    });
    return select;
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

  /** A card's place in the list: the API's order, earliest start first, then by id. */
  function order(c) { return c.startDate + ' ' + c.cohortId; }

  /** "Awa Diop, Ben Li and Chloé Martin" ("et" in French), as the page's language lists names. */
  function names(people) {
    var list = people.map(function (p) { return p.name; });
    try { return new Intl.ListFormat(window.LcmI18n.locale(), { type: 'conjunction' }).format(list); }
    catch (e) { return list.join(', '); }
  }

  /**
   * Who waits for a seat (GET .../waitlist), folded under the card's facts: "4 waiting: see who".
   * Read when unfolded, a page at a time, in the waitlist's order; each learner with their place in
   * line and the moment they began waiting, their language and zone, and a link to write to them
   * (the dashboard's, for an enrolled learner). Only on the card while someone waits, right under its facts ({@code after}).
   */
  function waitlistPanel(c, base, after) {
    var details = el('details', { 'class': 'staff-details staff-waitlist' });
    var summary = details.appendChild(el('summary'));
    var zone = window.LcmI18n.browserZone();
    details.appendChild(el('p', { 'class': 'hint' }, t('cohorts.waitlistOrder')
      + (zone ? ' ' + t('cohorts.waitlistClock', { zone: window.LcmI18n.zone(zone) }) : '')));
    // Past its half the cohort gives its waitlist no seat (noMoreSeats): why, and where they can go.
    var none = details.appendChild(el('p', { 'class': 'staff-waitlist-none' }));
    none.hidden = true;
    var ol = details.appendChild(el('ol', { 'class': 'staff-waitlist-list' }));
    var more = details.appendChild(el('button', { type: 'button', 'class': 'button-secondary' }, t('cohorts.waitlistMore')));
    var status = details.appendChild(el('p', { 'class': 'staff-status', role: 'status' }));
    var next = null;
    var asked = 0;
    function update(fresh) {
      c = fresh;
      if (!c.waitlisted) { details.open = false; details.remove(); return; }
      if (!details.parentNode) { after.after(details); }
      summary.textContent = S.plural('cohorts.waitlistShow', c.waitlisted || 0);
      if (details.open) { load(null); }
    }
    function row(w) {
      var li = el('li', { value: String(w.position), 'data-learner': w.learnerId });
      li.appendChild(el('strong', {}, w.name));
      // The place in line and the moment they joined, to the minute on the reader's clock (named in
      // the hint): learners who joined on the same day are not equal, the first gets the next seat.
      var about = [t('cohorts.waitlistPosition', { position: w.position }),
        t('cohorts.waitlistSince', { when: S.dateTime(w.since) })];
      if (w.language) { about.push(S.languageName(w.language)); }
      if (w.timezone) { about.push(window.LcmI18n.zone(w.timezone)); }
      li.appendChild(el('span', { 'class': 'staff-waitlist-about' }, about.join(' · ')));
      if (w.email) {
        var a = li.appendChild(el('a', { 'class': 'staff-waitlist-mail' }, t('dash.email', { name: w.name })));
        a.href = 'mailto:' + encodeURIComponent(w.email).replace(/%40/g, '@');
      }
      return li;
    }
    function noMoreSeats(page) {
      var to = page.moveTo;
      none.hidden = !page.noMoreSeats;
      none.textContent = !page.noMoreSeats ? '' : t('cohorts.noMoreSeats.' + page.noMoreSeats) + ' ' + (to
        ? t('cohorts.noMoreSeats.moveTo', { title: to.title, date: window.LcmI18n.longDate(to.startDate) })
        : t('cohorts.noMoreSeats.nowhere'));
    }
    /** The first page (cursor null: the list drawn afresh), or the next one. */
    function load(cursor) {
      var mine = ++asked;
      more.hidden = true;
      S.say(status, t('staff.loading'));
      S.call('GET', base + '/waitlist' + (cursor ? '?cursor=' + encodeURIComponent(cursor) : '')).then(function (r) {
        if (mine !== asked) { return; }
        if (!r.ok) { S.say(status, (r.status === 401 || r.status === 403 ? S.refused(r) : t('staff.failed')), 'error'); return; }
        if (!cursor) { ol.textContent = ''; noMoreSeats(r.json); }
        r.json.waiting.forEach(function (w) { ol.appendChild(row(w)); });
        next = r.json.next;
        more.hidden = !next;
        S.say(status, ol.children.length ? '' : t('cohorts.waitlistNobody'));
      });
    }
    details.addEventListener('toggle', function () { if (details.open) { load(null); } });
    more.addEventListener('click', function () { if (next) { load(next); } });
    more.hidden = true;
    status.hidden = true;
    update(c);
    return { details: details, update: update };
  }

  function card(c) {
    var n = ++count;
    var li = el('li', { 'class': 'staff-card', 'data-cohort': c.cohortId });
    var base = '/api/cohorts/' + encodeURIComponent(c.cohortId);
    var heading = li.appendChild(el('h3', {}, c.title));
    var dl = li.appendChild(el('dl', { 'class': 'staff-facts' }));
    /** The card's facts as the cohort {@code c} now is (drawn again when the API gives it afresh). */
    function facts() {
      heading.textContent = c.title;
      li.setAttribute('data-order', order(c));
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
    var waitlist = waitlistPanel(c, base, dl);
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
    // What the card's own actions did (sign-ups switched, the edit saved and whom it mailed): said
    // outside the folded forms, so it stays to be read once the edit form has closed.
    var cardStatus = li.appendChild(el('p', { 'class': 'staff-status', role: 'status' }));
    cardStatus.hidden = true;
    /** The card as the API now gives the cohort: its facts, its offer and its switch. */
    function show(fresh) {
      c = fresh;
      shown = shown.map(function (o) { return o.cohortId === c.cohortId ? c : o; });
      facts();
      waitlist.update(c);
      openState.textContent = offerText();
      openState.setAttribute('data-offer', c.offer || '');
      showToggle();
      // A folded edit panel offers the cohort as it now is (saving it would put the old dates back);
      // an open one keeps what the LCM is typing.
      if (!edit.details.open) {
        ['startDate', 'weeks', 'seats'].forEach(function (k) { edit.form.elements[k].value = c[k]; });
        edit.form.elements.title.value = c.storedTitle;
      }
      lockDates();
    }
    // Closing is asked first, naming the cohort (new learners can no longer find it); opening is not.
    toggle.addEventListener('click', function () {
      if (!c.open) { switchSignups(); return; }
      var box = document.getElementById('cohorts-confirm');
      document.getElementById('cohorts-confirm-text').textContent = t('cohorts.closeConfirm', { cohort: S.cohortLabel(c, shown) });
      document.getElementById('cohorts-confirm-yes').textContent = t('cohorts.closeYes');
      document.getElementById('cohorts-confirm-no').textContent = t('cohorts.closeNo');
      open.after(box);
      window.LcmConfirm.ask(box, toggle, switchSignups, open);
    });
    // The API refuses to reopen a cohort that has passed half-way or ended since the page was
    // shown (409 past_half or ended), often because a colleague moved its dates: the card reads
    // the cohort again, so its dates say why, and says why as it would have on loading.
    function switchSignups() {
      S.call('PATCH', base, { open: !c.open }).then(function (r) {
        var code = r.status === 409 && r.json && r.json.error && r.json.error.code;
        if (code === 'past_half' || code === 'ended') {
          S.say(cardStatus, t('cohorts.reopenRefused'), 'error');
          return S.call('GET', base).then(function (again) {
            if (again.ok) { show(again.json); return; }
            c.canReopen = false;
            c.reopenBlockedBy = code === 'ended' ? 'ended' : 'past-half';
            showToggle();
          });
        }
        if (!r.ok) { S.say(cardStatus, t('staff.failed'), 'error'); return; }
        show(r.json);
        S.say(cardStatus, t('cohorts.saved'));
      });
    }

    // The title as stored, in the cohort's language (its learners read it), not the card's
    // heading, which names a path's cohort in this page's language.
    var startHint = el('p', { 'class': 'hint', id: 'c' + n + '-start-hint' });
    var weeksHint = el('p', { 'class': 'hint', id: 'c' + n + '-weeks-hint' });
    var startField = field('c' + n + '-start', t('cohorts.start'), input('date', 'startDate', c.startDate));
    startField.appendChild(startHint);
    var weeksField = field('c' + n + '-weeks', t('cohorts.weeks'), input('number', 'weeks', c.weeks, { min: '1', max: '104' }));
    weeksField.appendChild(weeksHint);
    var edit = panel(t('cohorts.edit'), [
      field('c' + n + '-title', t('cohorts.titleField'), input('text', 'title', c.storedTitle, { maxlength: '120' })),
      startField, weeksField,
      field('c' + n + '-seats', t('cohorts.seats'), input('number', 'seats', c.seats, { min: '1', max: '10000' }))
    ], t('cohorts.save'), function (form, status) {
      // Only what changed is sent: a title left as stored keeps the cohort's (a path's title is
      // named in each reader's language), dates left as they are are not moved, nor mailed.
      var title = form.elements.title.value.trim();
      var start = form.elements.startDate.value || null;
      var weeks = whole(form.elements.weeks.value);
      S.clearErrors(form);
      S.say(status, '');
      // Fewer weeks than have begun, a new first day begun somewhere, weeks or seats out of bounds
      // are refused here, all at once, as the API would refuse them (same words), before anyone is
      // asked to confirm dates that cannot be saved, and nothing is sent.
      var wrong = formErrors(form, false);
      if (c.begun || start === c.startDate) { delete wrong.startDate; }
      if (c.begun && typeof weeks === 'number' && weeks >= 1 && weeks < (c.weeksBegun || 0)) {
        Object.assign(wrong, datesRefused({ code: 'weeks_begun', params: { weeksBegun: c.weeksBegun } }));
      }
      if (Object.keys(wrong).length) {
        S.showErrors(form, wrong);
        S.say(status, t('cohorts.notSaved'), 'error');
        return;
      }
      var body = { title: title && title !== c.storedTitle ? title : null,
        startDate: start && start !== c.startDate ? start : null, weeks: weeks === c.weeks ? null : weeks,
        seats: whole(form.elements.seats.value) };
      function send() {
        S.call('PATCH', base, body).then(function (r) {
          answered(form, status, r, saved, reread);
        });
      }
      var newWeeks = body.weeks === null ? c.weeks : body.weeks;
      var newStart = body.startDate || c.startDate;
      // New dates are mailed to every learner enrolled or waiting: asked first, naming them.
      if ((body.startDate || body.weeks !== null) && typeof newWeeks === 'number' && /^\d{4}-\d{2}-\d{2}$/.test(newStart)) {
        var end = new Date(Date.parse(newStart + 'T00:00:00Z') + (newWeeks * 7 - 1) * 864e5).toISOString().slice(0, 10);
        // Worded by who is told: nobody enrolled or waiting, no mail to announce.
        var told = (c.enrolled || 0) + (c.waitlisted || 0);
        var dates = { cohort: c.title, start: window.LcmI18n.longDate(newStart), end: window.LcmI18n.longDate(end) };
        document.getElementById('cohorts-confirm-text').textContent = told ? S.plural('cohorts.datesConfirm', told, dates)
          : t('cohorts.datesConfirmNobody', dates);
        // The button says what it does: no mail goes out when nobody is told.
        document.getElementById('cohorts-confirm-yes').textContent = t(told ? 'cohorts.datesYes' : 'cohorts.datesYesNobody');
        document.getElementById('cohorts-confirm-no').textContent = t('cohorts.datesNo');
        var actions = edit.actions;
        window.LcmConfirm.ask(document.getElementById('cohorts-confirm'), actions.querySelector('button'), send, actions);
        actions.parentNode.insertBefore(document.getElementById('cohorts-confirm'), actions);
        document.getElementById('cohorts-confirm').focus();
        return;
      }
      send();
    });
    li.appendChild(edit.details);
    // Opened for the next edit, the card no longer says what the last one did.
    edit.details.addEventListener('toggle', function () { if (edit.details.open) { S.say(cardStatus, ''); } });

    /**
     * Saved: the form folds, the card shows the cohort as changed, in its place by date, and says so
     * (with how many learners were emailed new dates) until the next edit; focus goes to the card,
     * which is scrolled into view, so that on a phone it is this card, not the next, that is seen.
     */
    function saved(fresh) {
      S.say(edit.status, '');
      edit.details.open = false;
      show(fresh);
      place();
      var mailed = fresh.newDatesMailed;
      var said = typeof mailed !== 'number' ? t('cohorts.saved')
        : mailed === 0 ? t('cohorts.savedNoneMailed') : S.plural('cohorts.savedMailed', mailed);
      // More seats went to the first learners waiting, each mailed by the hub: the LCM reads who.
      var promoted = fresh.promoted || [];
      if (promoted.length) {
        said += ' ' + S.plural('cohorts.seatGiven', promoted.length, { names: names(promoted) });
      }
      S.say(cardStatus, said);
      heading.setAttribute('tabindex', '-1');
      li.scrollIntoView({ block: 'nearest' });
      heading.focus({ preventScroll: true });
    }
    /** Moves the card to its place in the list, which is in date order (new dates may move it). */
    function place() {
      var after = Array.prototype.filter.call(list.children, function (o) {
        return o !== li && o.getAttribute('data-order') > order(c);
      })[0];
      if (after !== li.nextElementSibling) { list.insertBefore(li, after || null); }
    }
    /** The cohort read afresh after its dates were refused: it began meanwhile, the form says so. */
    function reread() {
      S.call('GET', base).then(function (again) { if (again.ok) { c = again.json; facts(); lockDates(); } });
    }
    /**
     * Once the cohort has begun its first day stays (learners are on their weeks) and its length
     * keeps the weeks begun: the form shows the day as not editable, and why.
     */
    function lockDates() {
      var startInput = edit.form.elements.startDate;
      startInput.disabled = !!c.begun;
      startHint.hidden = !c.begun;
      startHint.textContent = c.begun ? t('cohorts.startLocked', { start: S.date(c.startDate) }) : '';
      if (c.begun) { startInput.value = c.startDate; startInput.setAttribute('aria-describedby', startHint.id); }
      else { startInput.removeAttribute('aria-describedby'); startInput.min = firstOpenDay(); }
      var weeksInput = edit.form.elements.weeks;
      weeksInput.min = String(Math.max(1, c.weeksBegun || 0));
      weeksHint.hidden = !c.begun;
      weeksHint.textContent = c.begun ? S.plural('cohorts.weeksBegun', c.weeksBegun || 0) : '';
      if (c.begun) { weeksInput.setAttribute('aria-describedby', weeksHint.id); } else { weeksInput.removeAttribute('aria-describedby'); }
    }
    lockDates();

    var team = panel(t('cohorts.addColleague'), [
      field('c' + n + '-email', t('cohorts.colleagueEmail'), input('email', 'email', '',
        { 'aria-describedby': 'c' + n + '-email-hint', autocomplete: 'off' })),
      el('p', { 'class': 'hint', id: 'c' + n + '-email-hint' }, t('cohorts.colleagueHint')),
      field('c' + n + '-name', t('dash.teamAddName'), input('text', 'name', '', { maxlength: '120', autocomplete: 'off' })),
      field('c' + n + '-language', t('team.language'), languages())
    ], t('cohorts.add'), function (form, status) {
      // The name typed is what the team list shows until the colleague signs in with theirs; their
      // mails go out in the language chosen for them (the page's unless changed).
      S.call('POST', base + '/team', { email: form.elements.email.value.trim() || null,
        name: form.elements.namedItem('name').value.trim() || undefined, language: form.elements.language.value })
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
        S.say(thresholds.status, (r.status === 401 || r.status === 403 ? S.refused(r) : t('staff.failed')), 'error');
      });
    });
    li.appendChild(thresholds.details);
    return li;
  }

  function load() {
    state.textContent = t('staff.loading'); // said by the script: without it the page never claims to load
    return S.call('GET', '/api/cohorts/mine').then(function (r) {
      if (r.status === 401 || r.status === 403) {
        state.textContent = S.refused(r);
        return;
      }
      if (!r.ok) { state.textContent = t('staff.failed'); return; }
      var cohorts = r.json.cohorts || [];
      shown = cohorts.slice();
      // The question lives in the card that asked: kept out of the cards drawn again.
      var box = document.getElementById('cohorts-confirm');
      window.LcmConfirm.close(box);
      list.parentNode.appendChild(box);
      list.textContent = '';
      state.textContent = cohorts.length ? '' : t('cohorts.none');
      document.getElementById('cohorts-to-create').hidden = !cohorts.length;
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
    S.clearErrors(create);
    var wrong = formErrors(create, true);
    if (Object.keys(wrong).length) {
      S.showErrors(create, wrong);
      S.say(createStatus, t('cohorts.notSaved'), 'error');
      return;
    }
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
      }, null, true);
    });
  });

  var u = S.user();
  if (!u || !S.allowed()) { state.textContent = ''; return; }
  document.getElementById('cohorts-mine-section').hidden = false;
  document.getElementById('cohorts-create-section').hidden = false;
  create.elements.startDate.min = firstOpenDay();
  load();
}());
