// Staff sign-in for the static staff pages: OAuth 2.0 authorization code with PKCE (S256) against
// the sign-in service named in /staff/config.json (Cognito's managed login on AWS, the local hub's
// own issuer locally: that file is the only difference). `state` and `nonce` are checked; tokens stay
// in this tab (sessionStorage), never in localStorage or cookies; the ID token is renewed with the
// refresh token before it expires. window.LcmAuth = { user, token, signIn, signOut, isSafePath, … }.
(function () {
  'use strict';
  var SESSION = 'lcmhub.staff';
  var PENDING = 'lcmhub.staff.pending';
  var SIGNED_OUT_FLAG = 'lcmhub.staff.signedOut';
  // The language of the last staff or sign-in page read in this browser: a preference, no secret,
  // so kept across tabs (localStorage), for the one address that serves both languages (the callback).
  var LANG = 'lcmhub.staff.lang';
  var CALLBACK = '/staff/callback.html';
  var SIGNED_OUT = { en: '/en/staff-sign-in.html', fr: '/fr/connexion-equipe.html' };
  var config = null;
  var renewing = null;
  var timer = null;

  function lang() {
    return (document.documentElement.lang || 'en').slice(0, 2).toLowerCase() === 'fr' ? 'fr' : 'en';
  }

  /**
   * The reader's language where the page itself has none (the callback): the sign-in this tab
   * started, else the last staff page read in this browser, else the browser's own language.
   */
  function readerLang() {
    var pending = read(PENDING);
    if (pending && (pending.lang === 'fr' || pending.lang === 'en')) { return pending.lang; }
    var stored = null;
    try { stored = localStorage.getItem(LANG); } catch (e) { stored = null; }
    if (stored === 'fr' || stored === 'en') { return stored; }
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (code === 'fr' || code === 'en') { return code; }
    }
    return 'en';
  }

  function keepLang() {
    if (location.pathname === CALLBACK) { return; }
    try { localStorage.setItem(LANG, lang()); } catch (e) { /* storage refused: the browser's language then */ }
  }

  function read(name) {
    try { return JSON.parse(sessionStorage.getItem(name)); } catch (e) { return null; }
  }

  function write(name, value) {
    try {
      if (value == null) { sessionStorage.removeItem(name); } else { sessionStorage.setItem(name, JSON.stringify(value)); }
    } catch (e) { /* storage refused: the session lasts as long as the page */ }
  }

  function settings() {
    if (!config) {
      config = fetch('/staff/config.json', { cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (c) { return c && c.clientId && c.authorize && c.token ? c : null; }, function () { return null; });
    }
    return config;
  }

  function base64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function random(n) {
    var bytes = new Uint8Array(n);
    crypto.getRandomValues(bytes);
    return base64url(bytes);
  }

  function s256(text) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (hash) {
      return base64url(new Uint8Array(hash));
    });
  }

  function claims(jwt) {
    try {
      var part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var text = decodeURIComponent(atob(part).split('').map(function (c) {
        return '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2);
      }).join(''));
      return JSON.parse(text);
    } catch (e) {
      return null;
    }
  }

  function query(params) {
    return Object.keys(params).filter(function (k) { return params[k] != null; }).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
  }

  function post(url, params) {
    return fetch(url, {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: query(params)
    }).then(function (r) {
      return r.json().then(function (json) { return { ok: r.ok, json: json }; }, function () { return { ok: r.ok, json: null }; });
    });
  }

  function now() { return Math.floor(Date.now() / 1000); }

  /** Seconds before expiry when the ID token is renewed: a minute, or a quarter of a short life. */
  function margin(s) { return Math.min(60, Math.floor((s.exp - s.iat) / 4)); }

  /**
   * The address of this site that {@code path} names (path, query and fragment), or null: only a
   * page of this site may be returned to after sign-in (no open redirect). A path alone, never
   * "//host" or "/\host"; no control character or backslash, which a browser drops or reads as "/"
   * ("/<tab>/host" is "//host" to it); and once resolved, still on this origin.
   */
  function returnPath(path) {
    if (typeof path !== 'string' || !/^\/(?![\/\\])/.test(path) || /[\u0000-\u001f\u007f\\]/.test(path)) { return null; }
    var url;
    try { url = new URL(path, location.origin); } catch (e) { return null; }
    return url.origin === location.origin ? url.pathname + url.search + url.hash : null;
  }

  function isSafePath(path) {
    return returnPath(path) !== null;
  }

  function safePath(path) {
    return returnPath(path) || SIGNED_OUT[lang()];
  }

  /** An ID token from the token endpoint, checked for this client and issuer (and nonce at sign-in). */
  function accept(cfg, answer, nonce, refresh) {
    var c = answer && answer.id_token ? claims(answer.id_token) : null;
    var aud = c && (Array.isArray(c.aud) ? c.aud : [c.aud]);
    if (!c || c.iss !== cfg.issuer || aud.indexOf(cfg.clientId) < 0 || c.token_use !== 'id' || c.exp <= now()
        || (nonce !== undefined && c.nonce !== nonce)) {
      return null;
    }
    var session = {
      id: answer.id_token, refresh: answer.refresh_token || refresh, exp: c.exp, iat: c.iat || now(),
      email: c.email, name: c.name || null, groups: c['cognito:groups'] || []
    };
    write(SESSION, session);
    schedule(session);
    return session;
  }

  /** Renews a little before expiry while the page stays open. */
  function schedule(session) {
    if (timer) { clearTimeout(timer); }
    var wait = (session.exp - margin(session) - now()) * 1000;
    timer = setTimeout(function () { renew(); }, Math.max(wait, 1000));
  }

  function renew() {
    if (renewing) { return renewing; }
    var s = read(SESSION);
    if (!s || !s.refresh) { return Promise.resolve(null); }
    renewing = settings().then(function (cfg) {
      if (!cfg) { return null; }
      return post(cfg.token, { grant_type: 'refresh_token', client_id: cfg.clientId, refresh_token: s.refresh })
        .then(function (r) {
          // Signed out while the answer was on its way: the session stays ended, not written back.
          var still = read(SESSION);
          if (!still || still.refresh !== s.refresh) { return null; }
          var fresh = r.ok ? accept(cfg, r.json, undefined, s.refresh) : null;
          if (!fresh) { end(); }
          return fresh ? fresh.id : null;
        }, function () {
          // Offline for a moment: the token still works until it expires.
          return s.exp > now() ? s.id : null;
        });
    }).then(function (id) { renewing = null; return id; });
    return renewing;
  }

  function end() {
    write(SESSION, null);
    if (timer) { clearTimeout(timer); timer = null; }
    show();
  }

  /** {email, name, groups} of the staff member signed in in this tab (name: null when none), or null. */
  function user() {
    var s = read(SESSION);
    return s ? { email: s.email, name: s.name || null, groups: s.groups.slice() } : null;
  }

  /** A Promise of a fresh ID token (renewed when it is about to expire), or of null. */
  function token() {
    var s = read(SESSION);
    if (!s) { return Promise.resolve(null); }
    if (s.exp - margin(s) > now()) { return Promise.resolve(s.id); }
    return renew();
  }

  /** Off to the sign-in service; back on `returnTo` (a path of this site) once signed in. */
  function signIn(returnTo) {
    return settings().then(function (cfg) {
      if (!cfg) { return false; }
      var pending = { state: random(32), nonce: random(32), verifier: random(48), returnTo: safePath(returnTo), lang: lang() };
      write(PENDING, pending);
      return s256(pending.verifier).then(function (challenge) {
        location.assign(cfg.authorize + '?' + query({
          response_type: 'code', client_id: cfg.clientId, redirect_uri: location.origin + CALLBACK,
          scope: cfg.scope || 'openid email profile', state: pending.state, nonce: pending.nonce,
          code_challenge: challenge, code_challenge_method: 'S256', lang: pending.lang
        }));
        return true;
      });
    });
  }

  /** Ends the session here and at the sign-in service, then shows the sign-in page. */
  function signOut() {
    var s = read(SESSION);
    end();
    // The sign-in page, where the sign-in service sends us back, then says "signed out".
    write(SIGNED_OUT_FLAG, 1);
    return settings().then(function (cfg) {
      var back = location.origin + SIGNED_OUT[lang()];
      if (!cfg) { location.assign(back); return; }
      var revoked = s && s.refresh && cfg.revoke
        ? post(cfg.revoke, { token: s.refresh, client_id: cfg.clientId }).catch(function () { return null; })
        : Promise.resolve();
      return revoked.then(function () {
        location.assign(cfg.logout ? cfg.logout + '?' + query({ client_id: cfg.clientId, logout_uri: back }) : back);
      });
    });
  }

  /**
   * The callback page: checks `state`, trades the code and the PKCE verifier for tokens, checks the
   * ID token's nonce, and goes to the page wanted. Resolves to an error code when it cannot.
   */
  function completeSignIn() {
    var params = new URLSearchParams(location.search);
    var pending = read(PENDING);
    write(PENDING, null);
    // The code leaves the address bar and the history at once.
    history.replaceState(null, '', location.pathname);
    if (!pending || !params.get('state') || params.get('state') !== pending.state) { return Promise.resolve('state'); }
    if (params.get('error') || !params.get('code')) { return Promise.resolve('refused'); }
    return settings().then(function (cfg) {
      if (!cfg) { return 'unavailable'; }
      return post(cfg.token, {
        grant_type: 'authorization_code', client_id: cfg.clientId, code: params.get('code'),
        redirect_uri: location.origin + CALLBACK, code_verifier: pending.verifier
      }).then(function (r) {
        if (!r.ok || !accept(cfg, r.json, pending.nonce)) { return 'refused'; }
        location.replace(safePath(pending.returnTo));
        return null;
      }, function () { return 'network'; });
    });
  }

  // ---- The session element of a page header: who is signed in, their role, and sign-out. ----
  function t(key, params) {
    if (window.LcmI18n) { return window.LcmI18n.t(key, params); }
    var words = (window.LcmMessages || {})[lang()] || {};
    return (words[key] || key).replace('{who}', params && params.who);
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  function roleOf(u) {
    var lcm = u.groups.indexOf('lcm') >= 0;
    var mentor = u.groups.indexOf('mentor') >= 0;
    return t(lcm && mentor ? 'staff.role.lcm-mentor' : lcm ? 'staff.role.lcm' : mentor ? 'staff.role.mentor' : 'staff.role.none');
  }

  /**
   * Says who is signed in in `node`, in the one wording of every staff page: their name (else their
   * address), their role, and under the name the address in small text, shown rather than left to
   * a tooltip that a touch screen cannot open.
   */
  function describe(node, u) {
    node.textContent = t('signin.signedInAs', { who: u.name || u.email });
    node.removeAttribute('title');
    node.appendChild(document.createTextNode(' ')); // read as two words, not "…example.orgMentor"
    node.appendChild(el('span', { 'class': 'staff-role' }, roleOf(u)));
    if (u.name) { node.appendChild(el('span', { 'class': 'staff-address' }, u.email)); }
  }

  /** Fills each [data-staff-session] element of the page. */
  function show() {
    var u = user();
    Array.prototype.forEach.call(document.querySelectorAll('[data-staff-session]'), function (box) {
      box.textContent = '';
      box.classList.add('staff-session');
      box.setAttribute('aria-label', t('signin.session'));
      if (u) {
        var who = el('span', { 'class': 'staff-session-who' });
        describe(who, u);
        box.appendChild(who);
        var out = el('button', { type: 'button', 'class': 'staff-session-out' }, t('signin.signOut'));
        out.addEventListener('click', function () { signOut(); });
        box.appendChild(out);
      } else {
        var inside = el('button', { type: 'button', 'class': 'staff-session-in' }, t('signin.button'));
        inside.addEventListener('click', function () { signIn(location.pathname + location.search + location.hash); });
        box.appendChild(inside);
      }
    });
  }

  var current = read(SESSION);
  if (current) { schedule(current); }
  keepLang();
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', show); } else { show(); }

  window.LcmAuth = {
    user: user, token: token, signIn: signIn, signOut: signOut, completeSignIn: completeSignIn, refresh: show, readerLang: readerLang,
    isSafePath: isSafePath, returnPath: returnPath, describe: describe
  };
}());
