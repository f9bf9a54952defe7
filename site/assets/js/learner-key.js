// The one owner of a learner's personal key in this browser (window.LcmLearnerKey). The key
// arrives in the fragment of the personal link (/<lang>/me.html#key=...), which browsers never
// send to a server; it is kept in localStorage (so "My page" opens again without the link, until
// the learner forgets this device) and removed from the address bar at once, so it is neither
// bookmarked, shared with the address, nor shown over a shoulder. A key in a query string
// (?key=, from older links) is removed too and never used: it has already travelled to a server.
'use strict';

(function () {
  var STORE = 'lcmhub.learnerKey';
  var OLD = ['lcmhub.key']; // where earlier pages kept it, in sessionStorage
  var SHAPE = /^[A-Za-z0-9-]{1,64}\.[A-Za-z0-9_-]{43}$/;

  function stores() {
    var found = [];
    try { found.push(window.localStorage); } catch (e) { /* storage off */ }
    try { found.push(window.sessionStorage); } catch (e) { /* storage off */ }
    return found.filter(Boolean);
  }

  function get() {
    var key = null;
    stores().some(function (s) {
      try { key = s.getItem(STORE); } catch (e) { key = null; }
      return !!key;
    });
    return key && SHAPE.test(key) ? key : null;
  }

  function set(key) {
    if (!SHAPE.test(key || '')) return false;
    // localStorage when the browser allows it, else this tab only.
    return stores().some(function (s) {
      try { s.setItem(STORE, key); return true; } catch (e) { return false; }
    });
  }

  function forget() {
    stores().forEach(function (s) {
      try { s.removeItem(STORE); OLD.forEach(function (k) { s.removeItem(k); }); } catch (e) { /* nothing kept */ }
    });
  }

  function arrive() {
    var hash = /(?:^#|&)key=([^&]*)/.exec(location.hash);
    var params = new URLSearchParams(location.search);
    if (!hash && !params.has('key')) return false;
    if (hash) set(decodeURIComponent(hash[1]));
    params.delete('key');
    var query = params.toString();
    // What the fragment names besides the key (#key=…&me-conduct: a section of the page) stays, for
    // the page to open at it.
    var rest = location.hash.slice(1).split('&').filter(function (p) { return p && p.indexOf('key=') !== 0; }).join('&');
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + (rest ? '#' + rest : ''));
    return !!hash;
  }

  arrive();
  // A link opened in a tab already showing the page changes only the fragment: no new page load,
  // so take the key and load the page again with it.
  window.addEventListener('hashchange', function () { if (arrive()) location.reload(); });
  window.LcmLearnerKey = {
    get: get,
    set: set,
    forget: forget,
    /** The Authorization header value for the API, or null without a key. */
    authorization: function () { var k = get(); return k ? 'Bearer ' + k : null; },
    /**
     * The headers of a call with the key: the page's language goes with it, so that the API names
     * the cohort in the language the learner reads the page in, not the one of their profile.
     */
    headers: function () {
      var k = get();
      return { Authorization: k ? 'Bearer ' + k : null, Accept: 'application/json',
        'Accept-Language': document.documentElement.lang || 'en' };
    }
  };
})();
