<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="empty"
        description="A GET form choosing the order of a list (?sort=), keeping the search text; works without script." %>
<%@ attribute name="path" required="true" description="Context-relative path of the list" %>
<%@ attribute name="orders" required="true" type="java.util.List" description="The list's orders: SortParameter choices" %>
<%@ attribute name="selected" required="true" type="java.lang.Object" description="The choice shown now" %>
<%@ attribute name="messagePrefix" required="true" description="Bundle key prefix of the order names, e.g. sort.books." %>
<%@ attribute name="query" required="false" description="The search text to keep, if any" %>
<%@ attribute name="anchor" required="false" description="Fragment to land on, e.g. reviews" %>
<%@ attribute name="selectId" required="true" description="id of the select element" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:url var="action" value="${path}"/>
<form class="sort-form d-flex gap-2 align-items-center" method="get"
      action="${fn:escapeXml(action)}${empty anchor ? '' : '#'}${fn:escapeXml(anchor)}">
  <c:if test="${not empty query}"><input type="hidden" name="${fn:escapeXml(field.search)}" value="${fn:escapeXml(query)}"></c:if>
  <label class="form-label mb-0 text-nowrap small" for="${fn:escapeXml(selectId)}"><fmt:message key="sort.label"/></label>
  <select class="form-select form-select-sm" id="${fn:escapeXml(selectId)}" name="${fn:escapeXml(field.sort)}">
    <c:forEach items="${orders}" var="order">
      <option value="${fn:escapeXml(order.value)}"${order eq selected ? ' selected' : ''}><fmt:message key="${messagePrefix}${order.value}"/></option>
    </c:forEach>
  </select>
  <button class="btn btn-sm btn-outline-secondary" type="submit"><fmt:message key="sort.button"/></button>
</form>
