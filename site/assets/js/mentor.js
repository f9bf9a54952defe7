// The mentor's page: the mentees first (GET /api/mentors/me/mentees) with their standing, a
// recurring 1:1 (the series already set shown, changed or cancelled; the mentor's and the
// mentee's local times side by side), its invite, session notes and a release; then the one
// profile editor (GET/PUT /api/mentors/me: paths by title, languages and time zone picked), with
// field errors next to the fields. A route this hub does not serve yet gets a plain message.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var form = document.getElementById('mentor-profile');
  var slots = document.getElementById('profile-slots');
  var profileStatus = document.getElementById('profile-status');
  // The page's words by <html lang>; risk reasons come from the API in the cohort's language.
  var TEXT = {
    en: {
      days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
      risk: { ok: 'On track', watch: 'To watch', 'at-risk': 'At risk' },
      removeSlot: 'Remove slot ', places: function (used, of) { return used + ' of ' + of + ' places used.'; },
      noProfile: 'You have no profile yet: fill it in and save it.', unreadable: 'Your profile could not be read.',
      saving: 'Saving…', saved: 'Your profile is saved.', correct: 'Please correct the fields marked above.',
      notSaved: 'Your profile could not be saved.', failed: function (code) { return 'That did not work (' + code + ').'; },
      oneToOne: 'Regular 1:1', day: 'Day', time: 'Time (your time zone)', duration: 'Duration in minutes',
      first: 'First date', weeks: 'For how many weeks', location: 'Where (a link or a place)', saveOneToOne: 'Save the 1:1',
      oneToOneSet: function (n) { return 'The 1:1 is set; you and ' + n + ' have been sent the invite.'; },
      oneToOneMissing: 'Setting a 1:1 is not available on this hub yet.', ics: 'Download the invite (.ics)',
      icsDone: 'The invite is downloaded.', icsFailed: 'The invite could not be downloaded.',
      icsNone: function (n) { return 'No 1:1 is set with ' + n + ' yet (or this hub cannot serve invites yet).'; },
      notes: 'Session notes', notesWith: 'Session notes with ', noteDate: 'Date of the session',
      noteText: 'Note (shared with the cohort\'s LCM team)', saveNote: 'Save the note', noteSaved: 'The note is saved.',
      notesMissing: 'Session notes are not available on this hub yet.',
      release: 'Release this mentee', releaseWhy: 'Why? (the LCM team reads it; you will not be proposed together again)',
      releaseName: 'Release ', released: function (n) { return n + ' is released; the place is free again.'; },
      releaseMissing: 'Releasing a mentee is not available on this hub yet.',
      email: 'Email', cohort: 'Cohort', path: 'Path', language: 'Language', timezone: 'Time zone', matchedOn: 'Matched on',
      lastCheckIn: 'Last check-in', standing: 'Standing', never: 'none yet',
      checkIn: function (c) {
        return S.date(S.mondayOf(c.week)) + ': ' + c.progress + ' % done, mood ' + c.mood + ' / 5' + (c.needHelp ? ', asked for help' : '');
      },
      menteesMissing: 'The list of your mentees is not available on this hub yet. Your LCM will tell you by mail who they are.',
      menteesUnreadable: 'Your mentees could not be read.',
      noMentee: 'No mentee yet: they appear here once an LCM publishes a matching.'
    },
    fr: {
      days: { mon: 'Lundi', tue: 'Mardi', wed: 'Mercredi', thu: 'Jeudi', fri: 'Vendredi', sat: 'Samedi', sun: 'Dimanche' },
      risk: { ok: 'Dans les temps', watch: 'À surveiller', 'at-risk': 'En danger' },
      removeSlot: 'Retirer le créneau ', places: function (used, of) { return used + ' place(s) occupée(s) sur ' + of + '.'; },
      noProfile: 'Vous n\'avez pas encore de profil : remplissez-le puis enregistrez-le.',
      unreadable: 'Votre profil n\'a pas pu être lu.',
      saving: 'Enregistrement…', saved: 'Votre profil est enregistré.', correct: 'Corrigez les champs signalés ci-dessus.',
      notSaved: 'Votre profil n\'a pas pu être enregistré.', failed: function (code) { return 'Cela n\'a pas marché (' + code + ').'; },
      oneToOne: 'Rendez-vous individuel régulier', day: 'Jour', time: 'Heure (votre fuseau horaire)', duration: 'Durée en minutes',
      first: 'Première date', weeks: 'Pendant combien de semaines', location: 'Où (un lien ou un lieu)',
      saveOneToOne: 'Enregistrer le rendez-vous',
      oneToOneSet: function (n) { return 'Le rendez-vous est fixé ; vous et ' + n + ' avez reçu l\'invitation.'; },
      oneToOneMissing: 'Fixer un rendez-vous n\'est pas encore possible sur ce hub.', ics: 'Télécharger l\'invitation (.ics)',
      icsDone: 'L\'invitation est téléchargée.', icsFailed: 'L\'invitation n\'a pas pu être téléchargée.',
      icsNone: function (n) { return 'Aucun rendez-vous n\'est encore fixé avec ' + n + ' (ou ce hub ne sert pas encore les invitations).'; },
      notes: 'Notes de séance', notesWith: 'Notes de séance avec ', noteDate: 'Date de la séance',
      noteText: 'Note (partagée avec l\'équipe LCM de la cohorte)', saveNote: 'Enregistrer la note', noteSaved: 'La note est enregistrée.',
      notesMissing: 'Les notes de séance ne sont pas encore disponibles sur ce hub.',
      release: 'Mettre fin à ce mentorat', releaseWhy: 'Pourquoi ? (l\'équipe LCM le lit ; vous ne serez plus proposés ensemble)',
      releaseName: 'Libérer ', released: function (n) { return n + ' est libéré·e ; la place est de nouveau libre.'; },
      releaseMissing: 'Mettre fin à un mentorat n\'est pas encore possible sur ce hub.',
      email: 'Courriel', cohort: 'Cohorte', path: 'Parcours', language: 'Langue', timezone: 'Fuseau horaire', matchedOn: 'Apparié le',
      lastCheckIn: 'Dernier point d\'étape', standing: 'Situation', never: 'aucun',
      checkIn: function (c) {
        return S.date(S.mondayOf(c.week)) + ' : ' + c.progress + ' % fait, humeur ' + c.mood + ' / 5' + (c.needHelp ? ', a demandé de l\'aide' : '');
      },
      menteesMissing: 'La liste de vos mentorés n\'est pas encore disponible sur ce hub. Votre LCM vous dira par courriel qui ils sont.',
      menteesUnreadable: 'Vos mentorés n\'ont pas pu être lus.',
      noMentee: 'Pas encore de mentoré : ils apparaissent ici dès qu\'un LCM publie un appariement.'
    }
  };
  var T = TEXT[document.documentElement.lang === 'fr' ? 'fr' : 'en'];
  var DAYS = T.days;
  var RISK = T.risk;

  // ---- Profile ------------------------------------------------------------------------------
  function renumber() {
    Array.prototype.forEach.call(slots.children, function (li, n) {
      li.querySelector('[data-remove]').setAttribute('aria-label', T.removeSlot + (n + 1));
    });
  }

  function addSlot(slot) {
    var li = document.getElementById('slot-row').content.firstElementChild.cloneNode(true);
    if (slot) {
      li.querySelector('[data-part=day]').value = slot.day;
      li.querySelector('[data-part=from]').value = slot.from;
      li.querySelector('[data-part=to]').value = slot.to;
    }
    li.querySelector('[data-remove]').addEventListener('click', function () {
      li.remove();
      renumber();
      document.getElementById('profile-add-slot').focus();
    });
    slots.appendChild(li);
    renumber();
    return li;
  }

  function list(value) {
    return value.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      return i.checked;
    }).map(function (i) { return i.value; });
  }

  /**
   * Ticks the boxes of the values; a value the page has no box for (a path no longer published, a
   * language not offered) gets one, ticked, so saving the profile never drops it silently.
   */
  function check(name, values) {
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    var known = Array.prototype.map.call(boxes, function (i) { return i.value; });
    (values || []).filter(function (v) { return known.indexOf(v) < 0; }).forEach(function (v) {
      var id = 'profile-' + name + '-extra-' + v.replace(/[^a-z0-9-]/gi, '');
      var p = el('p', { 'class': 'choice' });
      p.appendChild(el('input', { type: 'checkbox', id: id, name: name, value: v }));
      p.appendChild(el('label', { 'for': id }, name === 'languages' ? S.languageName(v) : S.pathTitle(v)));
      document.getElementById('profile-' + name).appendChild(p);
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      i.checked = (values || []).indexOf(i.value) >= 0;
    });
  }

  var mentorZone = null;

  function fillProfile(p) {
    form.elements.name.value = p.name || '';
    check('paths', p.paths);
    form.elements.skills.value = (p.skills || []).join(', ');
    check('languages', p.languages);
    mentorZone = p.timezone || mentorZone;
    form.elements.timezone.value = p.timezone || '';
    form.elements.capacity.value = p.capacity || '';
    form.elements.paused.checked = !!p.paused;
    slots.textContent = '';
    (p.availability || []).forEach(addSlot);
    document.getElementById('mentor-profile-state').textContent = p.capacity
      ? T.places(p.assigned || 0, p.capacity) : '';
  }

  function profileBody() {
    var capacity = form.elements.capacity.value.trim();
    return {
      name: form.elements.name.value.trim() || null,
      paths: checked('paths'),
      skills: list(form.elements.skills.value),
      languages: checked('languages'),
      timezone: form.elements.timezone.value.trim() || null,
      capacity: /^\d+$/.test(capacity) ? parseInt(capacity, 10) : (capacity || null),
      paused: form.elements.paused.checked,
      availability: Array.prototype.map.call(slots.children, function (li) {
        return { day: li.querySelector('[data-part=day]').value, from: li.querySelector('[data-part=from]').value,
          to: li.querySelector('[data-part=to]').value };
      })
    };
  }

  function loadProfile() {
    zones();
    S.call('GET', '/api/mentors/me').then(function (r) {
      if (r.status === 401 || r.status === 403) { signIn(); return; }
      document.getElementById('mentor-profile-section').hidden = false;
      if (r.ok) {
        fillProfile(r.json);
      } else if (r.status === 404) {
        var zone = '';
        try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
        form.elements.timezone.value = zone;
        mentorZone = zone;
        check('languages', [S.lang]);
        addSlot();
        document.getElementById('mentor-profile-state').textContent = T.noProfile;
      } else {
        S.say(profileStatus, S.message(r, T.unreadable), 'error');
      }
      loadMentees();
    });
  }

  /** The time zones the browser knows, offered while typing (the API checks the name). */
  function zones() {
    var list = document.getElementById('profile-timezones');
    if (!list || !Intl.supportedValuesOf) { return; }
    Intl.supportedValuesOf('timeZone').forEach(function (z) { list.appendChild(el('option', { value: z })); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    S.clearErrors(form);
    S.say(profileStatus, T.saving);
    S.call('PUT', '/api/mentors/me', profileBody()).then(function (r) {
      if (r.ok) {
        fillProfile(r.json);
        S.say(profileStatus, T.saved);
        return;
      }
      var error = (r.json && r.json.error) || {};
      var left = S.showErrors(form, error.fields || {});
      S.say(profileStatus, left.length ? left.join(' ')
        : error.fields ? T.correct : S.message(r, T.notSaved), 'error');
    });
  });
  document.getElementById('profile-add-slot').addEventListener('click', function () {
    addSlot().querySelector('select').focus();
  });

  // ---- Mentees ------------------------------------------------------------------------------
  var menteesStatus = document.getElementById('mentees-status');

  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') { return; }
    dl.appendChild(el('dt', {}, label));
    dl.appendChild(el('dd', {}, value));
  }

  function field(id, label, input) {
    var div = el('div', { 'class': 'field' });
    div.appendChild(el('label', { 'for': id }, label));
    input.id = id;
    div.appendChild(input);
    return div;
  }

  function input(type, name, attrs) {
    var tag = type === 'textarea' || type === 'select' ? type : 'input';
    var i = el(tag, attrs || {});
    if (tag === 'input') { i.type = type; }
    i.name = name;
    i.setAttribute('data-field', name);
    return i;
  }

  /** A <details> with a form; {@code send} gets the form and its status line. */
  function panel(title, id, fields, submitText, send) {
    var details = el('details', { 'class': 'staff-details' });
    details.appendChild(el('summary', {}, title));
    var f = el('form', { id: id, novalidate: '' });
    fields.forEach(function (x) { f.appendChild(x); });
    var actions = el('p', { 'class': 'staff-actions' });
    actions.appendChild(el('button', { type: 'submit' }, submitText));
    f.appendChild(actions);
    var state = el('p', { 'class': 'staff-status', role: 'status', id: id + '-status' });
    state.hidden = true;
    f.appendChild(state);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      S.clearErrors(f);
      send(f, state);
    });
    details.appendChild(f);
    return { details: details, form: f, state: state, actions: actions };
  }

  /** The usual answer handling: field errors inline, a plain message when the route is not there yet. */
  function answer(f, state, r, done, notYet) {
    if (r.ok) { state.hidden = true; done(r.json); return; }
    if (S.missing(r)) { S.say(state, notYet, 'error'); return; }
    var error = (r.json && r.json.error) || {};
    var left = S.showErrors(f, error.fields || {});
    S.say(state, left.length ? left.join(' ') : error.fields ? T.correct : S.message(r, T.failed(r.status)), 'error');
  }

  /** The next meeting at (day, HH:mm) in the mentor's zone, as an instant. */
  function nextMeeting(day, time, zone) {
    var days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    var now = new Date();
    var target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    while (days[target.getUTCDay()] !== day) { target = new Date(target.getTime() + 864e5); }
    var hm = time.split(':');
    var guess = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), target.getUTCDate(), +hm[0], +hm[1]);
    // Correct the guess by the zone's offset at that moment (twice, for a daylight-saving change).
    for (var i = 0; i < 2; i++) {
      var parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(guess));
      var get = function (type) { return +parts.filter(function (p) { return p.type === type; })[0].value; };
      var shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
      guess += Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), target.getUTCDate(), +hm[0], +hm[1]) - shown;
    }
    return new Date(guess);
  }

  function at(instant, zone) {
    return new Intl.DateTimeFormat(S.lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', hour: '2-digit',
      minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(instant);
  }

  function oneToOnePanel(m, n, base) {
    var day = input('select', 'day');
    Object.keys(DAYS).forEach(function (d) { day.appendChild(el('option', { value: d }, DAYS[d])); });
    var oneToOne = panel(T.oneToOne, 'm' + n + '-one', [
      field('m' + n + '-day', T.day, day),
      field('m' + n + '-time', T.time, input('time', 'time')),
      field('m' + n + '-duration', T.duration, input('number', 'durationMinutes', { min: '15', max: '120', value: '30' })),
      field('m' + n + '-first', T.first, input('date', 'firstDate')),
      field('m' + n + '-weeks', T.weeks, input('number', 'weeks', { min: '1', max: '52', value: '8' })),
      field('m' + n + '-location', T.location, input('text', 'location', { maxlength: '200' }))
    ], T.saveOneToOne, function (f, state) {
      var body = { day: f.elements.day.value, time: f.elements.time.value || null,
        durationMinutes: Number(f.elements.durationMinutes.value) || null, weeks: Number(f.elements.weeks.value) || null };
      if (f.elements.firstDate.value) { body.firstDate = f.elements.firstDate.value; }
      if (f.elements.location.value.trim()) { body.location = f.elements.location.value.trim(); }
      S.call('PUT', base + '/one-to-one', body).then(function (r) {
        answer(f, state, r, function (json) {
          f.dispatchEvent(new CustomEvent('lcm:saved', { detail: json.oneToOne }));
          S.say(state, T.oneToOneSet(m.name));
        }, T.oneToOneMissing);
      });
    });
    var ics = el('button', { type: 'button', 'class': 'button-secondary' }, T.ics);
    ics.addEventListener('click', function () {
      S.download(base + '/one-to-one.ics', 'one-to-one.ics').then(function (code) {
        if (code === 200) { S.say(oneToOne.state, T.icsDone); return; }
        S.say(oneToOne.state, code === 404 ? T.icsNone(m.name) : T.icsFailed, 'error');
      });
    });
    oneToOne.actions.appendChild(ics);
    var cancel = el('button', { type: 'button', 'class': 'button-secondary', hidden: '' }, S.t('mentor.cancel'));
    oneToOne.actions.appendChild(cancel);
    var times = el('p', { 'class': 'hint', id: 'm' + n + '-times', 'aria-live': 'polite' });
    var series = el('p', { 'class': 'staff-series', id: 'm' + n + '-series' });
    oneToOne.form.insertBefore(series, oneToOne.form.firstChild);
    oneToOne.form.insertBefore(times, oneToOne.actions);
    var f = oneToOne.form;
    function showTimes() {
      var zone = mentorZone;
      if (!f.elements.time.value || !zone || !m.timezone) { times.textContent = ''; return; }
      var when = nextMeeting(f.elements.day.value, f.elements.time.value, zone);
      times.textContent = S.t('mentor.times', { mine: at(when, zone), name: m.name, theirs: at(when, m.timezone) });
    }
    function showSeries(o) {
      cancel.hidden = !o;
      if (!o) { series.textContent = S.t('mentor.seriesNone'); return; }
      series.textContent = S.t('mentor.series', { day: S.t('mentor.day.' + o.day), time: o.time,
        minutes: o.durationMinutes, weeks: o.weeks, date: S.date(o.firstDate) });
      f.elements.day.value = o.day;
      f.elements.time.value = o.time;
      f.elements.durationMinutes.value = o.durationMinutes;
      f.elements.weeks.value = o.weeks;
      f.elements.location.value = o.location || '';
      showTimes();
    }
    f.elements.day.addEventListener('change', showTimes);
    f.elements.time.addEventListener('input', showTimes);
    f.addEventListener('lcm:saved', function (e) { showSeries(e.detail); });
    S.call('GET', base + '/one-to-one').then(function (r) { showSeries(r.ok && r.json ? r.json.oneToOne : null); });
    cancel.addEventListener('click', function () {
      S.call('DELETE', base + '/one-to-one').then(function (r) {
        if (r.ok) { showSeries(null); S.say(oneToOne.state, S.t('mentor.cancelled')); }
        else { S.say(oneToOne.state, T.failed(r.status), 'error'); }
      });
    });
    return oneToOne.details;
  }

  function notesPanel(m, n, base) {
    var today = new Date().toISOString().slice(0, 10);
    var notes = el('ul', { 'class': 'staff-list', 'aria-label': T.notesWith + m.name });
    var p = panel(T.notes, 'm' + n + '-notes', [
      field('m' + n + '-note-date', T.noteDate, input('date', 'date', { value: today })),
      field('m' + n + '-note-text', T.noteText, input('textarea', 'text', { maxlength: '2000' }))
    ], T.saveNote, function (f, state) {
      S.call('POST', base + '/sessions', { date: f.elements.date.value || null, text: f.elements.text.value.trim() || null })
        .then(function (r) {
          answer(f, state, r, function () {
            f.elements.text.value = '';
            S.say(state, T.noteSaved);
            loadNotes();
          }, T.notesMissing);
        });
    });
    function loadNotes() {
      S.call('GET', base + '/sessions').then(function (r) {
        notes.textContent = '';
        ((r.ok && r.json && r.json.sessions) || []).forEach(function (s) {
          notes.appendChild(el('li', {}, S.date(s.date) + ' · ' + s.text));
        });
      });
    }
    p.details.addEventListener('toggle', function () { if (p.details.open) { loadNotes(); } });
    p.details.appendChild(notes);
    return p.details;
  }

  function releasePanel(m, n, base, card) {
    return panel(T.release, 'm' + n + '-release', [
      field('m' + n + '-reason', T.releaseWhy, input('textarea', 'reason', { maxlength: '500' }))
    ], T.releaseName + m.name, function (f, state) {
      S.call('POST', base + '/release', { reason: f.elements.reason.value.trim() || null }).then(function (r) {
        answer(f, state, r, function () {
          card.remove();
          S.say(menteesStatus, T.released(m.name));
        }, T.releaseMissing);
      });
    }).details;
  }

  function menteeCard(m, n) {
    var card = el('li', { 'class': 'staff-card' });
    card.appendChild(el('h3', {}, m.name));
    var dl = el('dl', { 'class': 'staff-facts' });
    row(dl, T.email, m.email);
    row(dl, T.path, S.pathTitle(m.pathId));
    row(dl, T.language, S.languageName(m.language));
    row(dl, T.timezone, m.timezone);
    row(dl, T.matchedOn, m.matchedAt && S.date(m.matchedAt.slice(0, 10)));
    var c = m.lastCheckIn;
    row(dl, T.lastCheckIn, c ? T.checkIn(c) : T.never);
    row(dl, T.standing, m.risk && (RISK[m.risk.level] || m.risk.level));
    card.appendChild(dl);
    if (m.risk && m.risk.reasons && m.risk.reasons.length) {
      var ul = el('ul', { 'class': 'reasons' });
      m.risk.reasons.forEach(function (r) { ul.appendChild(el('li', { 'data-code': r.code }, S.reason(r))); });
      card.appendChild(ul);
    }
    var base = '/api/mentors/me/mentees/' + encodeURIComponent(m.learnerId);
    card.appendChild(oneToOnePanel(m, n, base));
    card.appendChild(notesPanel(m, n, base));
    card.appendChild(releasePanel(m, n, base, card));
    return card;
  }

  function loadMentees() {
    var section = document.getElementById('mentor-mentees-section');
    var ul = document.getElementById('mentees');
    section.hidden = false;
    S.call('GET', '/api/mentors/me/mentees').then(function (r) {
      ul.textContent = '';
      if (S.missing(r)) {
        S.say(menteesStatus, T.menteesMissing);
        return;
      }
      if (!r.ok) { S.say(menteesStatus, S.message(r, T.menteesUnreadable), 'error'); return; }
      var mentees = r.json.mentees || [];
      S.say(menteesStatus, mentees.length ? '' : T.noMentee);
      mentees.forEach(function (m, n) { ul.appendChild(menteeCard(m, n)); });
    });
  }

  function signIn() {
    document.getElementById('staff-signin-needed').hidden = false;
    document.getElementById('mentor-profile-section').hidden = true;
  }

  if (!S.user()) { return; }
  loadProfile();
}());
