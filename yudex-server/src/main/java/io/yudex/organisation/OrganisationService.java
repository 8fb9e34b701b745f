package io.yudex.organisation;

import io.yudex.platform.ConflictException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes regions and departments. */
@Service
public class OrganisationService {

    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganisationService(RegionRepository regions, DepartmentRepository departments, Clock clock, ApplicationEventPublisher events) {
        this.regions = regions;
        this.departments = departments;
        this.clock = clock;
        this.events = events;
    }

    public List<Region> regions() {
        return regions.findAll();
    }

    public Optional<Region> region(String code) {
        return regions.find(code);
    }

    public List<Department> departments() {
        return departments.findAll();
    }

    /** @throws NotFoundException when no department has this id */
    public Department department(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("No department with id " + id));
    }

    public Optional<Department> departmentByCode(String code) {
        return departments.findByCode(code);
    }

    public Optional<Department> operator() {
        return departments.findAll().stream().filter(Department::operator).findFirst();
    }

    /** @throws InvalidInputException for an unknown region or parent; ConflictException for a taken code or name */
    @Transactional
    public Department create(DepartmentCommand command) {
        return create(command, false);
    }

    /** Creates the platform operator (the big-data bureau); there is exactly one. */
    @Transactional
    public Department createOperator(DepartmentCommand command) {
        if (operator().isPresent()) {
            throw new ConflictException("The platform operator already exists");
        }
        return create(command, true);
    }

    @Transactional
    public Department update(long id, DepartmentCommand command) {
        department(id);
        check(command, id);
        if (command.parentId() != null && command.parentId() == id) {
            throw InvalidInputException.of("parentId", "a department cannot be its own parent");
        }
        departments.update(id, command);
        Department updated = department(id);
        events.publishEvent(new DepartmentChanged(id, updated.code(), updated.name(), "UPDATED"));
        return updated;
    }

    private Department create(DepartmentCommand command, boolean operator) {
        check(command, -1);
        long id = departments.insert(command, operator, clock.instant());
        Department created = department(id);
        events.publishEvent(new DepartmentChanged(id, created.code(), created.name(), operator ? "OPERATOR_CREATED" : "CREATED"));
        return created;
    }

    private void check(DepartmentCommand command, long exceptId) {
        if (command.code().length() == 18) {
            var uscc = UnifiedSocialCreditCode.validate(command.code());
            if (!uscc.valid()) {
                throw InvalidInputException.of("code", "an 18-character code must be a valid unified social credit code (GB 32100): "
                        + uscc.errors().getFirst().message());
            }
        }
        if (regions.find(command.regionCode()).isEmpty()) {
            throw InvalidInputException.of("regionCode", "unknown region code " + command.regionCode());
        }
        if (command.parentId() != null && departments.findById(command.parentId()).isEmpty()) {
            throw InvalidInputException.of("parentId", "unknown parent department " + command.parentId());
        }
        if (departments.existsByCodeOrName(command.code(), command.name(), exceptId)) {
            throw new ConflictException("A department with code " + command.code() + " or name " + command.name() + " already exists");
        }
    }
}
