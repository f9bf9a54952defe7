<#ftl output_format="HTML">
<#-- /<lang>/staff/: where someone who types the team's folder, or follows an old link to it, finds
     the sign-in and the team's pages (which ask them to sign in first). -->
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="${l.page(lang, "signin")}">${l.t(lang, "signin.button")}</a></p>
<#-- Named for assistive technology only: the page's own title already says what it lists. -->
<nav aria-label="${l.t(lang, "signin.teamPages")}">
  <@l.teamPages lang=lang/>
</nav>
