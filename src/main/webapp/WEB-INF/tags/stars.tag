<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Five stars, the first N filled; screen readers hear the rating instead." %>
<%@ attribute name="filled" required="true" type="java.lang.Integer" description="Filled stars, 0-5" %>
<%@ attribute name="label" required="true" description="Text for screen readers, e.g. 4 out of 5 stars" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<span class="stars" role="img" aria-label="${fn:escapeXml(label)}" title="${fn:escapeXml(label)}"><c:out value="${br:stars(filled)}"/></span>
