package dk.kulturpuls.roundtable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundtableRepository extends JpaRepository<Roundtable, UUID> {

	List<Roundtable> findAllByOrderByFirstYearAscNameAsc();

	Optional<Roundtable> findFirstByName(String name);
}
