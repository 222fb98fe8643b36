<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A book page's reader part alone (${bookId}, ${mine}, ${form}): what fills the hole a kept book page leaves for it. --%>
<t:myReview bookId="${bookId}"/>
