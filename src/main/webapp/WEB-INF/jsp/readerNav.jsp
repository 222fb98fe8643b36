<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- The navbar's reader part alone: what fills the hole a kept page leaves for it (ReaderNav). --%>
<t:readerNav/>
