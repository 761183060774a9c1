package org.chainchief.link;

import java.util.List;
import java.util.Map;

import org.chainchief.access.Ownership;
import org.chainchief.audit.Audited;
import org.chainchief.model.Records;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.Responses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** Links (环节) and the supply edges (FEEDS) between them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Links", description = "Chain links (环节) and the upstream → downstream edges between them")
final class LinkController {

	private final LinkRepository links;

	private final Ownership ownership;

	LinkController(LinkRepository links, Ownership ownership) {
		this.links = links;
		this.ownership = ownership;
	}

	@GetMapping("/links/{id}")
	@Operation(operationId = "getLink", summary = "Get a link",
			description = "The link with its clusters, parent and sub-links, its direct upstream and downstream links, and "
					+ "the enterprises operating in it with their share (local enterprises first).")
	Mono<LinkDetail> get(@Parameter(description = "Link id", example = "semi.wafer") @PathVariable String id) {
		return links.findById(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("link", id)));
	}

	@PostMapping("/links")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createLink", summary = "Create a link",
			description = "Creates a link in its clusters (`clusters`, each must exist) under its optional parent link "
					+ "(`parent`, must exist). 400 names the unknown `clusters[i]` or `parent`; 409 when the id exists.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the stored record",
			headers = @Header(name = "Location", description = "URL of the new link", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = LinkRecord.class)))
	@ApiResponse(responseCode = "409", description = "A link with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<LinkRecord>> create(@Valid @RequestBody LinkRecord link) {
		return ownership.mayCreateLink(link.clusters())
			.then(links.create(link))
			.map(created -> Responses.created("/api/v1/links/{id}", created.id(), created))
			.contextWrite(Audited.target("link", Map.of("id", link.id())));
	}

	@PutMapping("/links/{id}")
	@Operation(operationId = "replaceLink", summary = "Replace a link",
			description = "Replaces the link's fields, its cluster memberships (exactly `clusters`) and its parent. Its "
					+ "FEEDS edges, sub-links and enterprises stay. The body's id must equal the path id; a parent that "
					+ "is a sub-link of this link is refused (400 `parent`).")
	Mono<LinkRecord> replace(@Parameter(description = "Link id", example = "semi.wafer") @PathVariable String id,
			@Valid @RequestBody LinkRecord link) {
		if (!id.equals(link.id())) {
			return Mono.error(ApiProblem.idMismatch(id));
		}
		return ownership.mayReplaceLink(link)
			.then(links.update(link))
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("link", id)));
	}

	@DeleteMapping("/links/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteLink", summary = "Delete a link",
			description = "Deletes the link with all its relationships (clusters, FEEDS, PART_OF, OPERATES_IN, project and "
					+ "team references) and the SUPPLIES relationships that name it. Its sub-links stay, without parent.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Link id", example = "semi.wafer") @PathVariable String id) {
		return links.delete(id)
			.flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(ApiProblem.notFound("link", id)));
	}

	@PostMapping("/feeds")
	@Operation(operationId = "createFeeds", summary = "Add an upstream → downstream edge",
			description = "Link `from` supplies link `to`. Idempotent: 201 when created, 200 when the edge existed. 400 "
					+ "naming `from` or `to` when a link is unknown, and for a self-loop.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedsRecord.class)))
	@ApiResponse(responseCode = "200", description = "The edge existed already",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedsRecord.class)))
	Mono<ResponseEntity<FeedsRecord>> feed(@Valid @RequestBody FeedsRecord feeds) {
		var violation = Records.crossFieldViolation(feeds);
		if (violation.isPresent()) {
			return Mono.error(ApiProblem.invalid(violation.get().field(), violation.get().reason()));
		}
		return ownership.mayRelate(List.of("from", "to"), List.of(feeds.from(), feeds.to()))
			.then(links.feed(feeds))
			.map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(feeds))
			.contextWrite(Audited.target("feeds", Map.of("from", feeds.from(), "to", feeds.to())));
	}

	@DeleteMapping("/feeds")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteFeeds", summary = "Remove an upstream → downstream edge",
			description = "Removes `from` FEEDS `to`; 404 when there is no such edge.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such edge",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<Void> unfeed(@Parameter(description = "Upstream link id", example = "semi.wafer") @RequestParam String from,
			@Parameter(description = "Downstream link id", example = "semi.fab") @RequestParam String to) {
		return links.unfeed(from, to)
			.flatMap(deleted -> deleted ? Mono.<Void>empty()
					: Mono.error(ApiProblem.notFound("FEEDS edge", from + " → " + to, "from")));
	}
}
