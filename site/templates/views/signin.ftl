<#ftl output_format="HTML">
<#-- Staff sign-in: auth.js (window.LcmAuth) sends staff to the sign-in service named in
     /staff/config.json and back (/staff/callback.html); signin.js says who is signed in here and
     shows the pages of their role. ?return=/<lang>/staff/... is where sign-in leads afterwards. -->
<div class="prose">${content.body?no_esc}</div>
<noscript><p class="notice">${l.t(lang, "signin.noscript")}</p></noscript>
<section id="signin" class="signin-panel" hidden aria-labelledby="signin-heading">
  <h2 id="signin-heading" class="visually-hidden">${l.t(lang, "signin.session")}</h2>
  <p id="signin-state" role="status"></p>
  <p class="actions">
    <button type="button" class="button" id="signin-go" hidden>${l.t(lang, "signin.button")}</button>
    <button type="button" class="button-secondary" id="signin-out" hidden>${l.t(lang, "signin.signOut")}</button>
  </p>
  <nav id="signin-pages" aria-labelledby="signin-pages-heading" hidden>
    <h2 id="signin-pages-heading">${l.t(lang, "signin.pages")}</h2>
    <@l.teamPages lang=lang/>
  </nav>
</section>
<script src="/js/auth.js" defer></script>
<script src="/js/signin.js" defer></script>
