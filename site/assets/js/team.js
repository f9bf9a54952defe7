// The LCM team of the cohort the dashboard shows (dashboard.js announces it with an `lcm:cohort`
// event): its members, a fellow LCM added by email address (with, if the LCM likes, the name the
// team list shows until they sign in), a member removed once the LCM says yes (never the last), and
// a mentor invited the same way. Mistakes show under their fields. Calls carry LcmAuth's fresh ID token.
(function () {
  'use strict';
  var section = document.getElementById('team');
  if (!section) { return; }
  var t = window.LcmI18n.t;
  var list = document.getElementById('team-members');
  var add = document.getElementById('team-add');
  var invite = document.getElementById('team-invite');
  var confirmBox = document.getElementById('team-confirm');
  var cohortId = null;

  function api(method, path, body) {
    return window.LcmAuth.token().then(function (id) {
      var headers = { Accept: 'application/json', Authorization: 'Bearer ' + id };
      if (body) { headers['Content-Type'] = 'application/json'; }
      return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
    }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (json) { return { status: r.status, ok: r.ok, json: json }; });
    }, function () { return { status: 0, ok: false, json: null }; });
  }

  function say(form, text) {
    form.querySelector('[role=status]').textContent = text;
  }

  /** A refusal: each field's words under it (the address when the API names none), else the status line. */
  function problem(form, r) {
    if (r.status === 400) {
      var fields = (r.json && r.json.error && r.json.error.fields) || { email: true };
      var words = {};
      Object.keys(fields).forEach(function (k) {
        words[k] = k === 'name' ? t('team.badName') : k === 'email' ? t('team.badEmail') : k === 'language' ? t('cohorts.err.language') : t('team.failed');
      });
      // A field the form does not have (none today) is said in the status line.
      say(form, window.LcmStaff.showErrors(form, words).join(' '));
    } else if (r.status === 401) { say(form, t('team.signIn')); } else { say(form, t('team.failed')); }
  }

  // By query, not form.name: that is the form's own name in some browsers.
  function field(form, name) { return form.querySelector('[name=' + name + ']'); }

  /** What a form sends: the address, and the name typed for the person when there is one. */
  function person(form, extra) {
    var body = Object.assign({ email: form.email.value.trim() }, extra || {});
    var name = field(form, 'name').value.trim();
    if (name) { body.name = name; }
    window.LcmStaff.clearErrors(form);
    return body;
  }

  function render(members) {
    window.LcmConfirm.close(confirmBox);
    list.textContent = '';
    members.forEach(function (m) {
      var li = document.createElement('li');
      li.className = 'team-member';
      var who = document.createElement('span');
      // The name their sign-in gave first; the address stays, as the team adds people by it.
      who.textContent = (m.name ? m.name + ' · ' : '') + (m.email || t('team.noAddress')) + (m.you ? ' ' + t('team.you') : '');
      li.appendChild(who);
      if (!m.you) {
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button-secondary';
        remove.textContent = t('team.removeShort');
        // Said by the name the list shows, with the address for two people of one name; the address alone otherwise.
        var address = m.email || t('team.noAddress');
        var named = m.name ? t('team.nameAndAddress', { name: m.name, email: address }) : address;
        remove.setAttribute('aria-label', t('team.remove', { who: named }));
        // Taking someone off the team ends their access to the cohort: asked first, as publishing is.
        remove.addEventListener('click', function () {
          document.getElementById('team-confirm-text').textContent = t('team.removeConfirm', { who: named });
          window.LcmConfirm.ask(confirmBox, remove, function () {
            api('DELETE', '/api/cohorts/' + encodeURIComponent(cohortId) + '/team/' + encodeURIComponent(m.sub))
              .then(function (r) {
                if (r.ok) { render(r.json.members); say(add, t('team.removed', { who: m.name || address })); } else if (r.status === 409) { say(add, t('team.lastLcm')); } else { problem(add, r); }
              });
          });
        });
        li.appendChild(remove);
      }
      list.appendChild(li);
    });
  }

  document.addEventListener('lcm:cohort', function (event) {
    cohortId = event.detail.cohortId;
    section.hidden = false;
    api('GET', '/api/cohorts/' + encodeURIComponent(cohortId) + '/team').then(function (r) {
      if (r.ok) { render(r.json.members); }
    });
  });

  add.addEventListener('submit', function (event) {
    event.preventDefault();
    // The colleague's mails in the language chosen for them (the page's unless changed).
    var body = person(add, { language: add.language.value });
    api('POST', '/api/cohorts/' + encodeURIComponent(cohortId) + '/team', body).then(function (r) {
      if (!r.ok) { problem(add, r); return; }
      render(r.json.members);
      add.email.value = '';
      field(add, 'name').value = '';
      say(add, body.name ? t('team.addedNamed', { name: body.name.trim(), email: body.email.toLowerCase() })
        : t('team.added', { email: body.email.toLowerCase() }));
    });
  });

  invite.addEventListener('submit', function (event) {
    event.preventDefault();
    api('POST', '/api/mentors/invitations', person(invite, { language: invite.language.value })).then(function (r) {
      if (!r.ok) { problem(invite, r); return; }
      invite.email.value = '';
      field(invite, 'name').value = '';
      // Named as the inviter typed them (or as their account already is), with the address it went to.
      say(invite, r.json.name ? t('team.mentorInvitedNamed', { name: r.json.name, email: r.json.email })
        : t('team.mentorInvited', { email: r.json.email }));
    });
  });
}());
