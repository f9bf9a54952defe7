<#ftl output_format="HTML">
<#-- /<lang>/staff/: where someone who types the team's folder, or follows an old link to it, finds
     the sign-in and the team's pages (which ask them to sign in first). Someone already signed in
     in this tab is told so by js/staff-index.js, which hides the prompt to sign in, offers sign-out
     and keeps the pages of their role; without a script the page stays as baked. -->
<div id="staff-index-prompt">
  <div class="prose">${content.body?no_esc}</div>
  <p class="actions"><a class="button" href="${l.page(lang, "signin")}">${l.t(lang, "signin.button")}</a></p>
</div>
<#-- Who is signed in and sign-out, as the staff header (templates/staff.ftl) has them. -->
<div id="staff-index-user" class="staff-user staff-index-user" hidden>
  <p id="staff-index-who" class="staff-who"></p>
  <p class="staff-user-actions"><button type="button" id="staff-index-sign-out" class="button-secondary">${l.t(lang, "signin.signOut")}</button></p>
</div>
<#-- Named for assistive technology only: the page's own title already says what it lists. -->
<nav id="staff-index-pages" aria-label="${l.t(lang, "signin.teamPages")}">
  <h2 id="staff-index-pages-heading" hidden>${l.t(lang, "signin.pages")}</h2>
  <@l.teamPages lang=lang/>
</nav>
