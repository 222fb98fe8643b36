<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" body-content="scriptless"
        description="A labelled form control with its Bootstrap validation message. For type=select the body holds the options; type=password never shows a value." %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="type" required="true" description="text, password, textarea or select" %>
<%@ attribute name="autocomplete" required="false" description="The autocomplete hint, e.g. username, new-password" %>
<%@ attribute name="help" required="false" description="A line of help under the control (plain text; escaped here)" %>
<%@ attribute name="value" required="false" %>
<%@ attribute name="error" required="false" type="java.lang.Object"
              description="What is wrong with the value, if anything (an http.Problem: bundle key and arguments)" %>
<%@ attribute name="maxlength" required="false" type="java.lang.Integer" %>
<%@ attribute name="optional" required="false" type="java.lang.Boolean" description="true: the field may stay empty (no required)" %>
<%@ attribute name="inputmode" required="false" description="The keyboard a phone shows, e.g. numeric" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="invalid" value="${not empty error}"/>
<c:set var="errorId" value="${name}-error"/>
<div class="mb-3">
  <label class="form-label" for="${fn:escapeXml(name)}"><c:out value="${label}"/></label>
  <c:choose>
    <c:when test="${type eq 'textarea'}">
      <textarea class="form-control${invalid ? ' is-invalid' : ''}" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" rows="6"<c:if test="${not optional}"> required</c:if><c:if test="${not empty maxlength}"> maxlength="${fn:escapeXml(maxlength)}"</c:if><c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if>><c:out value="${value}"/></textarea>
    </c:when>
    <c:when test="${type eq 'select'}">
      <select class="form-select${invalid ? ' is-invalid' : ''}" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" required<c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if>>
        <jsp:doBody/>
      </select>
    </c:when>
    <c:otherwise>
      <input class="form-control${invalid ? ' is-invalid' : ''}" type="${type eq 'password' ? 'password' : 'text'}" id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}"<c:if test="${type ne 'password'}"> value="${fn:escapeXml(value)}"</c:if><c:if test="${not optional}"> required</c:if><c:if test="${not empty inputmode}"> inputmode="${fn:escapeXml(inputmode)}"</c:if><c:if test="${not empty maxlength}"> maxlength="${fn:escapeXml(maxlength)}"</c:if><c:if test="${not empty autocomplete}"> autocomplete="${fn:escapeXml(autocomplete)}"</c:if><c:if test="${invalid}"> aria-invalid="true" aria-describedby="${fn:escapeXml(errorId)}"</c:if><c:if test="${not invalid and not empty help}"> aria-describedby="${fn:escapeXml(name)}-help"</c:if>>
    </c:otherwise>
  </c:choose>
  <c:if test="${not empty help}">
    <div class="form-text" id="${fn:escapeXml(name)}-help"><c:out value="${help}"/></div>
  </c:if>
  <c:if test="${invalid}">
    <fmt:message key="${error.key}" var="errorText"><c:forEach items="${error.arguments}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
    <div class="invalid-feedback" id="${fn:escapeXml(errorId)}"><c:out value="${errorText}"/></div>
  </c:if>
</div>
