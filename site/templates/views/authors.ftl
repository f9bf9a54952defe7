<#ftl output_format="HTML">
<#-- One section per author, with the guides they wrote; guides link to #<author-slug>. -->
<div class="prose">${content.body?no_esc}</div>
<#assign guides = l.docs("guides", lang)>
<#assign authors = guides?map(g -> (g.author!"")?trim)?filter(a -> a?has_content)>
<#assign seen = []>
<#list authors?sort as author>
  <#if !seen?seq_contains(author)>
  <#assign seen = seen + [author]>
  <section class="author" id="${l.slugify(author)}" aria-labelledby="author-${l.slugify(author)}">
    <h2 id="author-${l.slugify(author)}">${author}</h2>
    <@l.guideList lang=lang items=guides?filter(g -> (g.author!"")?trim == author)/>
  </section>
  </#if>
</#list>
