package dk.kulturpuls.budget;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, UUID> {

	Optional<Budget> findByOwnerTypeAndOwnerId(String ownerType, UUID ownerId);
}
