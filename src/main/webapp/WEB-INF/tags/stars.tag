<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="Five stars: whole ones (a review's rating) or in halves (an average: 4.5 is four and a half); screen readers and the tooltip give the label instead." %>
<%@ attribute name="filled" required="false" type="java.lang.Integer" description="Filled stars, 0-5" %>
<%@ attribute name="halves" required="false" type="java.lang.Integer" description="Filled half stars, 0-10 (instead of filled)" %>
<%@ attribute name="label" required="true" description="Words for the stars, e.g. 4 stars out of 5: really liked it" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<c:set var="row" value="${br:starRow(empty halves ? filled * 2 : halves)}"/>
<span class="stars" role="img" aria-label="${fn:escapeXml(label)}" title="${fn:escapeXml(label)}"><c:out value="${row.full}"/><c:if test="${not empty row.half}"><span class="star-half"><c:out value="${row.half}"/></span></c:if><c:out value="${row.hollow}"/></span>
