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
    position: 'Position dans la liste d\'attente',
    cohort: 'Cohorte', from: 'du', to: 'au', name: 'Nom', email: 'Courriel', zone: 'Fuseau horaire',
    confirmWithdraw: 'Quitter cette cohorte ? Votre place ira à la personne suivante.',
    confirmErase: 'Effacer toutes vos données ? C\'est définitif.',
    erased: 'Vos données ont été effacées.', failed: 'Cela n\'a pas fonctionné, réessayez plus tard.'
  } : {
    noKey: 'Open the personal link you received by mail after signing up.',
    refused: 'This link is no longer valid. Sign up again with the same address to get a new one.',
    status: { enrolled: 'Enrolled', waitlisted: 'On the waitlist', withdrawn: 'Withdrawn' },
    position: 'Waitlist position',
    cohort: 'Cohort', from: 'from', to: 'to', name: 'Name', email: 'Email', zone: 'Time zone',
    confirmWithdraw: 'Leave this cohort? Your seat will go to the next person.',
    confirmErase: 'Erase all your data? This cannot be undone.',
    erased: 'Your data has been erased.', failed: 'That did not work; please try again later.'
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

  function call(method, path) {
    return fetch(path, { method: method, headers: { Authorization: 'Bearer ' + key, Accept: 'application/json' } });
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
    row(list, t.name, me.name);
    row(list, t.email, me.email);
    row(list, 'Status', t.status[me.status] || me.status);
    row(list, t.position, me.waitlistPosition);
    if (me.cohort) {
      row(list, t.cohort, me.cohort.title + ' (' + t.from + ' ' + me.cohort.startDate + ' ' + t.to + ' ' + me.cohort.endDate + ')');
    }
    row(list, t.zone, me.timezone);
    out.appendChild(list);
    actions.hidden = false;
    document.getElementById('me-withdraw').hidden = me.status === 'withdrawn';
  }

  function load() {
    call('GET', '/api/me').then(function (r) {
      if (r.status === 401) { sessionStorage.removeItem(STORE); say(t.refused); return null; }
      return r.ok ? r.json() : Promise.reject(r.status);
    }).then(function (me) { if (me) { show(me); } }, function () { say(t.failed); });
  }

  if (!key) { say(t.noKey); return; }
  document.getElementById('me-withdraw').addEventListener('click', function () {
    if (window.confirm(t.confirmWithdraw)) { call('POST', '/api/me/withdraw').then(load); }
  });
  document.getElementById('me-export').addEventListener('click', function () {
    call('GET', '/api/me/export').then(function (r) { return r.blob(); }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'my-lcm-hub-data.json';
      a.click();
      URL.revokeObjectURL(a.href);
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
