<%@ page contentType="application/problem+json; charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %><%
    response.setStatus(503);
    response.setHeader("Retry-After", "5");
    response.setHeader("Cache-Control", "no-store");
%>{"type":"https://interchange.io/problems/unavailable","title":"Service unavailable","status":503,"detail":"Interchange is starting or being updated; nothing was accepted, send again after 5 s"}
