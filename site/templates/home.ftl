<#ftl output_format="HTML">
<#-- type=home: the home page of one language (content/<lang>/index.md). -->
<#import "layout.ftl" as l>
<#assign lang = l.langOf(content)>
<@l.shell lang=lang
         title=(content.title!"LCM Hub")
         description=(content.summary!l.t(lang, "siteDescription"))
         path=l.href(content)
         translation=l.translationOf(content, "homes")
         bodyClass="home">
  <header class="hero">
    <h1>${content.title!"LCM Hub"}</h1>
    <p class="lead">${l.t(lang, "siteTagline")}</p>
  </header>
  <div class="prose">
    ${l.bodyOf(content)?no_esc}
  </div>
  <section id="paths" aria-labelledby="paths-title">
    <h2 id="paths-title">${l.t(lang, "pathsHeading")}</h2>
    <p>${l.t(lang, "pathsIntro")}</p>
    <@l.pathList lang=lang items=l.docs("paths", lang)/>
    <p><a class="more" href="${l.page(lang, "paths")}">${l.t(lang, "allPaths")}</a></p>
  </section>
  <section id="guides" aria-labelledby="guides-title">
    <h2 id="guides-title">${l.t(lang, "guidesHeading")}</h2>
    <p>${l.t(lang, "guidesIntro")}</p>
    <#assign guides = l.docs("guides", lang)>
    <@l.guideList lang=lang items=guides[0..<([guides?size, 6]?min)]/>
    <p><a class="more" href="${l.page(lang, "guides")}">${l.t(lang, "allGuides")}</a></p>
  </section>
  <@l.taxonomyNav lang=lang/>
</@l.shell>
