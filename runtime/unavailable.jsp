<%-- Payara's default web module shows this for "not found" while no application takes "/", i.e.
     while interchange.ear is being (re)deployed: 503 + Retry-After, so that a sender keeps its
     event and sends it again. Copied into the domain's docroot by the run script. --%><%@ page contentType="application/problem+json; charset=UTF-8" session="false" trimDirectiveWhitespaces="true" %><%
    response.setStatus(503);
    response.setHeader("Retry-After", "5");
    response.setHeader("Cache-Control", "no-store");
%>{"type":"https://interchange.io/problems/unavailable","title":"Service unavailable","status":503,"detail":"Interchange is starting or being updated; nothing was accepted, send again after 5 s"}
