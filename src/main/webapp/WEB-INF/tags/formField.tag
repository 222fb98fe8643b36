<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="scriptless"
        description="A labelled form control with its Bootstrap validation message. For type=select the body holds the options." %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="type" required="true" description="text, textarea or select" %>
<%@ attribute name="value" required="false" %>
<%@ attribute name="error" required="false" type="java.lang.Object"
              description="What is wrong with the value, if anything (a ReviewForm.Problem: bundle key and arguments)" %>
<%@ attribute name="maxlength" required="false" type="java.lang.Integer" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="invalid" value="${not empty error}"/>
<c:set var="errorId" value="${name}-error"/>
<div class="mb-3">
  <label class="form-label" for="${fn:escapeXml(name)}"><c:out value="${label}"/></label>
  <c:choose>
    <c:when test="${type eq 'textarea'}">
      <textarea class="form-control${invalid ? ' is-invalid' : ''}" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" rows="6" required<c:if test="${not empty maxlength}"> maxlength="${fn:escapeXml(maxlength)}"</c:if><c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if>><c:out value="${value}"/></textarea>
    </c:when>
    <c:when test="${type eq 'select'}">
      <select class="form-select${invalid ? ' is-invalid' : ''}" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" required<c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if>>
        <jsp:doBody/>
      </select>
    </c:when>
    <c:otherwise>
      <input class="form-control${invalid ? ' is-invalid' : ''}" type="text" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" value="${fn:escapeXml(value)}" required<c:if test="${not empty maxlength}"> maxlength="${fn:escapeXml(maxlength)}"</c:if><c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if>>
    </c:otherwise>
  </c:choose>
  <c:if test="${invalid}">
    <fmt:message key="${error.key}" var="errorText"><c:forEach items="${error.arguments}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
    <div class="invalid-feedback" id="${fn:escapeXml(errorId)}"><c:out value="${errorText}"/></div>
  </c:if>
</div>
