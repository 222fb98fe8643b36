<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Five stars, the first N filled; screen readers and the tooltip give the label instead." %>
<%@ attribute name="filled" required="true" type="java.lang.Integer" description="Filled stars, 0-5" %>
<%@ attribute name="label" required="true" description="Words for the stars, e.g. 4 stars out of 5: really liked it" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<span class="stars" role="img" aria-label="${fn:escapeXml(label)}" title="${fn:escapeXml(label)}"><c:out value="${br:stars(filled)}"/></span>
