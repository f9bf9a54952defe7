// The learner's page: reads the personal key from the link's fragment (never sent to a server),
// keeps it for this tab only, and calls /api/me with it. Text is always set with textContent.
(function () {
  'use strict';
  var STORE = 'lcmhub.learnerKey';
  var fr = document.documentElement.lang === 'fr';
  var t = fr ? {
    noKey: 'Ouvrez le lien personnel reçu par courriel après votre inscription.',
    refused: 'Ce lien n\'est plus valable. Réinscrivez-vous avec la même adresse pour en recevoir un nouveau.',
    status: { enrolled: 'Inscrit·e', waitlisted: 'En liste d\'attente', withdrawn: 'Désinscrit·e' },
    position: 'Position dans la liste d\'attente', statusLabel: 'Statut',
    cohort: 'Cohorte', from: 'du', to: 'au', name: 'Nom', email: 'Courriel', zone: 'Fuseau horaire',
    confirmWithdraw: 'Quitter cette cohorte ? Votre place ira à la personne suivante.',
    confirmErase: 'Effacer toutes vos données ? C\'est définitif.',
    erased: 'Vos données ont été effacées.', failed: 'Cela n\'a pas fonctionné, réessayez plus tard.',
    noMentor: 'Pas encore de mentor : votre LCM vous en proposera un et vous recevrez un courriel.',
    languages: 'Langues', days: { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi', sun: 'dimanche' },
    slot: function (o) {
      return 'Chaque ' + (this.days[o.day] || o.day) + ' à ' + o.time + ' (' + o.timezone + '), ' + o.durationMinutes + ' min, '
        + (o.firstDate ? 'à partir du ' + o.firstDate + ', ' : '') + 'pendant ' + o.weeks + ' semaines' + (o.location ? ', ' + o.location : '') + '.';
    },
    noIcs: 'Aucune invitation pour l\'instant : votre mentor n\'a pas encore fixé de rendez-vous.',
    reasonNeeded: 'Dites en quelques mots pourquoi (500 caractères au plus).',
    rematchSent: 'C\'est noté : votre LCM vous proposera un autre mentor.',
    rematchNone: 'Vous n\'avez pas de mentor à changer.',
    notYet: 'Ce service n\'est pas encore disponible sur ce hub.'
  } : {
    noKey: 'Open the personal link you received by mail after signing up.',
    refused: 'This link is no longer valid. Sign up again with the same address to get a new one.',
    status: { enrolled: 'Enrolled', waitlisted: 'On the waitlist', withdrawn: 'Withdrawn' },
    position: 'Waitlist position', statusLabel: 'Status',
    cohort: 'Cohort', from: 'from', to: 'to', name: 'Name', email: 'Email', zone: 'Time zone',
    confirmWithdraw: 'Leave this cohort? Your seat will go to the next person.',
    confirmErase: 'Erase all your data? This cannot be undone.',
    erased: 'Your data has been erased.', failed: 'That did not work; please try again later.',
    noMentor: 'No mentor yet: your LCM will propose one and you will get a mail.',
    languages: 'Languages', days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    slot: function (o) {
      return 'Every ' + (this.days[o.day] || o.day) + ' at ' + o.time + ' (' + o.timezone + '), ' + o.durationMinutes + ' min, '
        + (o.firstDate ? 'from ' + o.firstDate + ', ' : '') + 'for ' + o.weeks + ' weeks' + (o.location ? ', ' + o.location : '') + '.';
    },
    noIcs: 'No invite yet: your mentor has not set a regular 1:1.',
    reasonNeeded: 'Say in a few words why (at most 500 characters).',
    rematchSent: 'Noted: your LCM will propose another mentor.',
    rematchNone: 'You have no mentor to change.',
    notYet: 'This is not available on this hub yet.'
  };
  var match = /[#&]key=([A-Za-z0-9._-]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(STORE, match[1]);
    history.replaceState(null, '', location.pathname);
  }
  var key = sessionStorage.getItem(STORE);
  var out = document.getElementById('me');
  var actions = document.getElementById('me-actions');

  function say(text) {
    out.textContent = '';
    var p = document.createElement('p');
    p.textContent = text;
    out.appendChild(p);
  }

  function call(method, path, body) {
    var headers = { Authorization: 'Bearer ' + key, Accept: 'application/json' };
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  function row(list, label, value) {
    if (value === null || value === undefined || value === '') { return; }
    var dt = document.createElement('dt');
    dt.textContent = label;
    var dd = document.createElement('dd');
    dd.textContent = String(value);
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function show(me) {
    out.textContent = '';
    var list = document.createElement('dl');
    list.className = 'staff-facts';
    row(list, t.name, me.name);
    row(list, t.email, me.email);
    row(list, t.statusLabel, t.status[me.status] || me.status);
    row(list, t.position, me.waitlistPosition);
    if (me.cohort) {
      row(list, t.cohort, me.cohort.title + ' (' + t.from + ' ' + me.cohort.startDate + ' ' + t.to + ' ' + me.cohort.endDate + ')');
    }
    row(list, t.zone, me.timezone);
    out.appendChild(list);
    actions.hidden = false;
    document.getElementById('me-withdraw').hidden = me.status === 'withdrawn';
    showMentor(me);
  }

  // The mentor and the regular 1:1 once matched; a hub whose /api/me has no such fields yet shows nothing.
  var mentorBox = document.getElementById('me-mentor');
  var mentorStatus = document.getElementById('me-mentor-status');

  function note(text, error) {
    mentorStatus.textContent = text;
    mentorStatus.className = error ? 'staff-status staff-error' : 'staff-status';
    mentorStatus.hidden = !text;
  }

  function showMentor(me) {
    mentorBox.hidden = !('mentor' in me) || me.status !== 'enrolled';
    var details = document.getElementById('me-mentor-details');
    details.textContent = '';
    var m = me.mentor;
    document.getElementById('me-rematch-box').hidden = !m;
    if (!m) {
      var none = document.createElement('p');
      none.textContent = t.noMentor;
      details.appendChild(none);
    } else {
      var list = document.createElement('dl');
      list.className = 'staff-facts';
      row(list, t.name, m.name);
      row(list, t.email, m.email);
      row(list, t.languages, (m.languages || []).join(', '));
      row(list, t.zone, m.timezone);
      details.appendChild(list);
    }
    var one = me.oneToOne;
    document.getElementById('me-one-to-one').hidden = !one;
    if (one) { document.getElementById('me-one-to-one-text').textContent = t.slot(one); }
  }

  function rematch(event) {
    event.preventDefault();
    var field = document.getElementById('me-rematch-reason');
    var reason = field.value.trim();
    if (!reason || reason.length > 500) {
      field.setAttribute('aria-invalid', 'true');
      note(t.reasonNeeded, true);
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    call('POST', '/api/me/rematch', { reason: reason }).then(function (r) {
      if (r.ok) { field.value = ''; note(t.rematchSent); load(); return; }
      if (r.status === 409) { note(t.rematchNone, true); return; }
      if (r.status === 404 || r.status === 405) { note(t.notYet, true); return; }
      if (r.status === 400) { field.setAttribute('aria-invalid', 'true'); note(t.reasonNeeded, true); return; }
      note(t.failed, true);
    }, function () { note(t.failed, true); });
  }

  // A file the browser saves; the URL is released once the click has started the download.
  function save(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  function invite() {
    call('GET', '/api/me/one-to-one.ics').then(function (r) {
      if (!r.ok) { note(r.status === 404 ? t.noIcs : t.failed, true); return null; }
      return r.blob().then(function (blob) { save(blob, 'one-to-one.ics'); });
    }, function () { note(t.failed, true); });
  }

  function load() {
    call('GET', '/api/me').then(function (r) {
      if (r.status === 401) { sessionStorage.removeItem(STORE); say(t.refused); return null; }
      return r.ok ? r.json() : Promise.reject(r.status);
    }).then(function (me) { if (me) { show(me); } }, function () { say(t.failed); });
  }

  if (!key) { say(t.noKey); return; }
  document.getElementById('me-rematch').addEventListener('submit', rematch);
  document.getElementById('me-ics').addEventListener('click', invite);
  document.getElementById('me-withdraw').addEventListener('click', function () {
    if (window.confirm(t.confirmWithdraw)) { call('POST', '/api/me/withdraw').then(load); }
  });
  document.getElementById('me-export').addEventListener('click', function () {
    call('GET', '/api/me/export').then(function (r) { return r.blob(); }).then(function (blob) {
      save(blob, 'my-lcm-hub-data.json');
    });
  });
  document.getElementById('me-erase').addEventListener('click', function () {
    if (!window.confirm(t.confirmErase)) { return; }
    call('DELETE', '/api/me').then(function (r) {
      if (r.ok) { sessionStorage.removeItem(STORE); actions.hidden = true; say(t.erased); } else { say(t.failed); }
    });
  });
  load();
}());
