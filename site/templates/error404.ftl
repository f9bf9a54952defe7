<#ftl output_format="HTML">
<#--
  /404.html: served for any missing URL, one page for every address (as a CDN's error page is).
  Without JavaScript it speaks both languages under the English header. not-found.js takes the
  language of the address (/fr/…): the French header and footer baked in the template below, the
  French title and words only; an address of no language keeps both.
-->
<#import "layout.ftl" as l>
<@l.shell lang="en"
         title="Page not found / Page introuvable"
         description="This page does not exist. / Cette page n’existe pas."
         path="/404.html"
         bodyClass="not-found"
         lead=["/js/not-found.js", "/js/messages.fr.js"]>
  <header class="hero">
    <h1><span data-page-lang="en">${l.t("en", "notFoundTitle")}</span> <span lang="fr" data-page-lang="fr"><span data-page-lang="en">· </span>${l.t("fr", "notFoundTitle")}</span></h1>
  </header>
  <div class="languages">
    <section class="language" lang="en" data-page-lang="en" aria-labelledby="nf-en">
      <h2 id="nf-en" data-both-languages>${l.t("en", "languageName")}</h2>
      <p>${l.t("en", "notFoundText")}</p>
      <p><a class="button" href="/en/index.html">${l.t("en", "backHome")}</a></p>
    </section>
    <section class="language" lang="fr" data-page-lang="fr" aria-labelledby="nf-fr">
      <h2 id="nf-fr" data-both-languages>${l.t("fr", "languageName")}</h2>
      <p>${l.t("fr", "notFoundText")}</p>
      <p><a class="button" href="/fr/index.html">${l.t("fr", "backHome")}</a></p>
    </section>
  </div>
  <#-- The English page's parts are the page's own: only its title is taken from here. -->
  <template data-page-in="en" data-title="${l.t("en", "notFoundTitle")} · LCM Hub"></template>
  <template data-page-in="fr" data-title="${l.t("fr", "notFoundTitle")} · LCM Hub">
    <@l.siteHeader lang="fr"/>
    <@l.siteFooter lang="fr"/>
  </template>
</@l.shell>
