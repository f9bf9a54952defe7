// The places and FAQ of the learner's cohort on My page (GET /api/me/channels with the key that
// learner-key.js holds): each a link with its kind, the weekly call with its day and time and a
// download of its recurring invite. The section stays hidden when the cohort has none.
'use strict';

(function () {
  var I = window.LcmI18n;
  var K = window.LcmLearnerKey;
  var section = document.getElementById('me-community');
  if (!section || !I || !K || !K.authorization()) return;
  var list = document.getElementById('me-channels');

  function get(path) {
    return fetch(path, { headers: { Accept: 'application/json', Authorization: K.authorization() } });
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
      when.textContent = I.t('community.when', { day: I.t('community.day.' + c.call.day), time: c.call.time,
        zone: c.call.timezone, minutes: c.call.durationMinutes });
      li.appendChild(when);
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

  get('/api/me/channels').then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
    if (!data || !data.channels.length && !data.faq.length) return;
    data.channels.forEach(function (c) { list.appendChild(item(c)); });
    list.hidden = !data.channels.length;
    faq(data.faq);
    section.hidden = false;
  }, function () { /* the rest of the page works without it */ });
})();
