<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="br" uri="urn:bookreviews:functions" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%-- A book with its rating distribution (${distribution}: RatingShare bars), a page of its reviews
     (${reviews}: Page<Review> in the order ${sort}, one of ${orders}; ${reviewItems}: each of them
     rendered by reviewItem.jsp) and the reader's own part (myReview.tag: a hole in a kept page). --%>
<c:url var="catalogueUrl" value="/"/>
<%-- The author's name searches the catalogue for their books. --%>
<c:url var="authorUrl" value="/?${br:param('q', book.author)}"/>
<fmt:message key="book.reviewPages" var="pagesLabel"/>
<fmt:message key="reviews.count" var="reviewCount"><fmt:param value="${book.reviewCount}"/></fmt:message>
<t:layout title="${book.title}">
  <div class="row g-4">
    <div class="col-lg-8">
      <nav aria-label="<fmt:message key="breadcrumb.label"/>">
        <ol class="breadcrumb mb-2">
          <li class="breadcrumb-item"><a href="${fn:escapeXml(catalogueUrl)}"><fmt:message key="catalogue.title"/></a></li>
          <li class="breadcrumb-item active" aria-current="page"><c:out value="${book.title}"/></li>
        </ol>
      </nav>
      <article class="book mb-4">
        <c:url var="coverUrl" value="/covers/${book.id}?${br:param('v', book.coverVersion)}"/>
        <img class="cover float-end ms-3 mb-2 rounded shadow-sm" src="${fn:escapeXml(coverUrl)}" alt="" width="120" height="180">
        <h1 class="h2 mb-1"><c:out value="${book.title}"/></h1>
        <p class="lead mb-2"><fmt:message key="book.byWord"/><c:out value=" "/><a class="author" href="${fn:escapeXml(authorUrl)}"><c:out value="${book.author}"/></a></p>
        <dl class="book-facts small text-body-secondary mb-3">
          <dt><fmt:message key="book.isbn"/></dt><dd class="isbn"><c:out value="${book.isbn}"/></dd>
          <c:if test="${not empty book.publishedYear}">
            <dt><fmt:message key="book.published"/></dt><dd class="year"><c:out value="${book.publishedYear}"/></dd>
          </c:if>
        </dl>
        <p class="description"><c:out value="${book.description}"/></p>
        <div class="rating-summary d-flex flex-wrap align-items-center gap-2 mb-3">
          <c:choose>
            <c:when test="${book.reviewCount gt 0}">
              <fmt:message key="rating.average" var="average"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
              <fmt:message key="rating.average.label" var="averageLabel"><fmt:param value="${br:oneDecimal(book.averageRating)}"/></fmt:message>
              <span class="fs-4 fw-semibold average-rating"><c:out value="${average}"/></span>
              <t:stars halves="${br:starHalves(book.averageRating)}" label="${averageLabel}"/>
            </c:when>
            <c:otherwise><span class="fs-4 fw-semibold average-rating">–</span></c:otherwise>
          </c:choose>
          <span class="text-body-secondary review-count"><c:out value="${reviewCount}"/></span>
          <a class="btn btn-outline-primary btn-sm ms-sm-3" href="#write-review"><fmt:message key="book.writeReview"/></a>
        </div>
        <section class="rating-histogram" aria-labelledby="histogram-heading">
          <h2 class="visually-hidden" id="histogram-heading"><fmt:message key="histogram.title"/></h2>
          <ul class="list-unstyled mb-0">
            <c:forEach items="${distribution}" var="share">
              <fmt:message key="histogram.bar" var="barLabel"><fmt:param value="${share.stars}"/><fmt:param value="${share.count}"/><fmt:param value="${share.percent}"/></fmt:message>
              <li class="histogram-row d-flex align-items-center gap-2 mb-1" data-stars="${fn:escapeXml(share.stars)}">
                <fmt:message key="histogram.stars" var="starsText"><fmt:param value="${share.stars}"/></fmt:message>
                <fmt:message key="histogram.filter" var="filterLabel"><fmt:param value="${share.stars}"/></fmt:message>
                <%-- Each bar's label lists only the reviews with that rating. --%>
                <c:url var="ratingUrl" value="/books/${book.id}?${br:param(field.rating, share.stars)}"/>
                <a class="histogram-stars text-nowrap" href="${fn:escapeXml(ratingUrl)}" aria-label="${fn:escapeXml(filterLabel)}"><c:out value="${starsText}"/></a>
                <div class="progress flex-grow-1" role="progressbar" aria-label="${fn:escapeXml(barLabel)}"
                     aria-valuenow="${fn:escapeXml(share.percent)}" aria-valuemin="0" aria-valuemax="100">
                  <div class="progress-bar bg-warning pct-${fn:escapeXml(share.percent)}"></div>
                </div>
                <fmt:message key="histogram.share" var="shareText"><fmt:param value="${share.count}"/><fmt:param value="${share.percent}"/></fmt:message>
                <span class="histogram-count small text-body-secondary text-nowrap" aria-hidden="true"><c:out value="${shareText}"/></span>
              </li>
            </c:forEach>
          </ul>
        </section>
      </article>
    </div>

    <%-- The reader's part right under the book's figures: beside them on wide screens, and on a
         phone before the reviews, not below all of them. --%>
    <aside class="col-lg-4 my-review-column">
      <%-- A kept page has a hole here for a signed-in reader's own part, filled per response. --%>
      <c:choose>
        <c:when test="${not empty myReviewMarker}"><c:out value="${myReviewMarker}"/></c:when>
        <c:otherwise><t:myReview bookId="${book.id}"/></c:otherwise>
      </c:choose>
    </aside>

    <div class="col-lg-8">
      <section aria-labelledby="reviews-heading">
        <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
          <h2 class="h4 mb-0" id="reviews-heading"><fmt:message key="book.reviews"/></h2>
          <c:if test="${book.reviewCount gt 1 and empty ratingFilter}">
            <t:sortForm selectId="review-sort" path="/books/${book.id}" orders="${orders}" selected="${sort}" messagePrefix="sort.reviews." anchor="reviews-heading"/>
          </c:if>
        </div>
        <c:if test="${not empty ratingFilter}">
          <c:url var="allReviewsUrl" value="/books/${book.id}"/>
          <p class="rating-filter">
            <fmt:message key="book.filter.showing" var="filterText"><fmt:param value="${ratingFilter}"/><fmt:param value="${reviews.totalItems}"/></fmt:message>
            <c:out value="${filterText}"/><c:out value=" "/><a href="${fn:escapeXml(allReviewsUrl)}"><fmt:message key="book.filter.all"/></a>
          </p>
        </c:if>
        <c:if test="${empty reviews.items and empty ratingFilter}">
          <p class="text-body-secondary"><fmt:message key="book.noReviews"/></p>
        </c:if>
        <%-- Each review as reviewItem.jsp rendered it (kept by what it shows, see ReviewItems):
             markup our own view escaped, so printed as it is. --%>
        <c:forEach items="${reviewItems}" var="reviewItem"><c:out value="${reviewItem}" escapeXml="false"/></c:forEach>
        <t:pagination page="${reviews}" path="/books/${book.id}" label="${pagesLabel}" sort="${sort.linkValue}" rating="${ratingFilter}"/>
      </section>
    </div>

  </div>
</t:layout>
