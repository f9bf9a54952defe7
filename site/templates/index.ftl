<#ftl output_format="HTML">
<#-- The root /index.html: a bilingual language chooser that lists what each language offers. -->
<#import "layout.ftl" as l>
<@l.shell lang="en"
         title="Learning Community Managers"
         description="LCM Hub: course paths and best-practice guides for Learning Community Managers, in English and French. / Parcours et guides de bonnes pratiques pour les Learning Community Managers, en anglais et en français."
         path="/"
         bodyClass="chooser">
  <header class="hero">
    <h1>LCM Hub</h1>
    <p class="lead">${l.t("en", "siteTagline")}.</p>
    <p class="lead" lang="fr">${l.t("fr", "siteTagline")}.</p>
  </header>
  <div class="languages">
    <#list l.languages as lang>
    <section class="language" lang="${lang}" aria-labelledby="lang-${lang}">
      <h2 id="lang-${lang}"><a href="/${lang}/index.html" hreflang="${lang}">${l.t(lang, "languageName")}</a></h2>
      <h3>${l.t(lang, "pathsHeading")}</h3>
      <ul class="plain">
        <#list l.docs("paths", lang)?sort_by("title") as p><li><a href="${l.href(p)}">${p.title}</a></li></#list>
      </ul>
      <h3>${l.t(lang, "guidesHeading")}</h3>
      <ul class="plain">
        <#list l.docs("guides", lang) as g><#if g?index < 6><li><a href="${l.href(g)}">${g.title}</a></li></#if></#list>
      </ul>
      <p><a class="more" href="${l.page(lang, "guides")}">${l.t(lang, "allGuides")}</a></p>
    </section>
    </#list>
  </div>
</@l.shell>
