<#ftl output_format="HTML">
<#-- /404.html: served for any missing URL, so it speaks both languages. -->
<#import "layout.ftl" as l>
<@l.shell lang="en"
         title="Page not found / Page introuvable"
         description="This page does not exist. / Cette page n’existe pas."
         path="/404.html"
         bodyClass="not-found">
  <header class="hero">
    <h1>${l.t("en", "notFoundTitle")} <span lang="fr">· ${l.t("fr", "notFoundTitle")}</span></h1>
  </header>
  <div class="languages">
    <section class="language" lang="en" aria-labelledby="nf-en">
      <h2 id="nf-en">${l.t("en", "languageName")}</h2>
      <p>${l.t("en", "notFoundText")}</p>
      <p><a class="button" href="/en/index.html">${l.t("en", "backHome")}</a></p>
    </section>
    <section class="language" lang="fr" aria-labelledby="nf-fr">
      <h2 id="nf-fr">${l.t("fr", "languageName")}</h2>
      <p>${l.t("fr", "notFoundText")}</p>
      <p><a class="button" href="/fr/index.html">${l.t("fr", "backHome")}</a></p>
    </section>
  </div>
</@l.shell>
