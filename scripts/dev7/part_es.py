from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-acceso-exalumna", "María del Pilar Echeverría Sáenz <mpilar.echeverria@correo.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Fui alumna del Grado en Traducción e Interpretación entre 2014 y 2018 (DNI 12345678Z).
Al amparo del artículo 15 del Reglamento General de Protección de Datos y del artículo 13 de
la LOPDGDD, solicito que me faciliten copia de todos los datos personales que conserva la
universidad sobre mí, incluidos los de la residencia universitaria y la oficina de antiguos
alumnos.

Atentamente,
María del Pilar Echeverría Sáenz
""", R(["Access"], "mpilar.echeverria@correo.example", "María del Pilar", "Echeverría Sáenz"))

add("es-02-supresion-preinscripcion", "diego fuentes <diegofuentes_2007@buzon.example>",
    "borrar mis datos",
    """hola hice la preinscripcion para el grado de fisioterapia pero al final me voy a otra uni.
quiero que borreis mis datos y mi cuenta del portal de admision porfa
gracias diego fuentes moreno""",
    R(["Erasure"], "diegofuentes_2007@buzon.example", "Diego", "Fuentes Moreno"))

add("es-03-oposicion-publicidad", "Rocío Villalobos Ureña <rocio.villalobos@correo.example>",
    "No quiero recibir más publicidad de másteres",
    """Buenos días:

Desde que terminé el grado recibo cada semana correos y llamadas con ofertas de másteres y
cursos de verano. Me opongo al tratamiento de mis datos con fines comerciales y les pido que
me den de baja de todas sus listas.

Un saludo,
Rocío Villalobos Ureña
""", R(["Opposition"], "rocio.villalobos@correo.example", "Rocío", "Villalobos Ureña"))

add("es-04-rectificacion-apellidos", "Joaquín Bermúdez de Castro <joaquin.bdc@correo.example>",
    "Apellidos mal escritos en el expediente",
    """Hola,

En mi expediente académico y en el carné universitario aparezco como "Joaquín Castro
Bermúdez", pero mis apellidos son Bermúdez de Castro (primer apellido compuesto). Por favor
corríjanlo, que tengo que pedir el título y no coincide con mi DNI.

Gracias,
Joaquín Bermúdez de Castro
""", R(["Rectification"], "joaquin.bdc@correo.example", "Joaquín", "Bermúdez de Castro"))

add("es-05-mayusculas-baja", "ENCARNACIÓN ROJAS PEÑALVER <encarna.rojas@buzon.example>",
    "BAJA INMEDIATA",
    """NO ESTUDIO EN SU UNIVERSIDAD DESDE HACE 10 AÑOS. BORREN TODOS MIS DATOS Y DEJEN DE
ENVIARME CORREOS DE LA ASOCIACIÓN DE ANTIGUOS ALUMNOS. NO LO VOY A REPETIR.
ENCARNACIÓN ROJAS""", R(["Erasure", "Opposition"], "encarna.rojas@buzon.example", "Encarnación", "Rojas Peñalver"))

add("es-06-madre-residencia", "Montserrat Gual i Ferrer <montse.gual@casa.example>",
    "Datos de mi hija en la residencia",
    """Buenas tardes:

Les escribo en nombre de mi hija, Laia Puigdomènech Gual, residente en el Colegio Mayor
Santa Teresa, que me ha autorizado por escrito (adjunto la autorización firmada y su DNI).

La residencia le ha abierto un expediente disciplinario por una supuesta fiesta en su
habitación. Solicitamos copia de todos los datos que constan sobre ella en la residencia,
incluidos los partes de los conserjes y las grabaciones en las que aparezca.

Atentamente,
Montserrat Gual i Ferrer
""", R(["Access"], "montse.gual@casa.example", "Laia", "Puigdomènech Gual",
       representative="Montserrat Gual i Ferrer"))

add("es-07-abogado-morosos", "Bufete Larrañaga Abogados <despacho@larranaga-abogados.example>",
    "Derechos de acceso y supresión - D. Aitor Goikoetxea Ibarra",
    """Muy señores míos:

Actúo en nombre y representación de D. Aitor Goikoetxea Ibarra, antiguo residente de su
residencia universitaria, según poder que se adjunta.

Mi representado ha sido incluido en un fichero de morosos por una supuesta deuda de 980 euros
en concepto de alquiler que ya fue abonada. En su nombre ejercito:

1. El derecho de acceso (art. 15 RGPD) a todos sus datos personales, incluidos los
   comunicados al fichero de solvencia patrimonial.
2. El derecho de supresión (art. 17 RGPD) de los datos relativos a dicha deuda inexistente.

Quedo a la espera de su respuesta en el plazo legal.

Atentamente,

Iñaki Larrañaga Zubizarreta
Abogado - Colegiado n.º 4.871 ICA Bizkaia
Tel. 944 000 312

AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.
""", R(["Access", "Erasure"], "despacho@larranaga-abogados.example", "Aitor", "Goikoetxea Ibarra",
       representative="Iñaki Larrañaga Zubizarreta"))

add("es-08-portabilidad-erasmus", "Valeria Núñez Quintana <valeria.nunez@estudiantes.example>",
    "Exportar mis notas",
    """Hola,

Me voy a terminar la carrera en una universidad de Lisboa. ¿Me podéis enviar mi expediente
(asignaturas, créditos y notas) en un formato que se pueda leer con el ordenador, tipo CSV o
XML, o enviarlo directamente a su secretaría? Creo que es el derecho a la portabilidad.

Gracias!!
Valeria
""", R(["Portability"], "valeria.nunez@estudiantes.example", "Valeria", "Núñez Quintana"))

add("es-09-beca-automatizada", "Óscar Llorente Abad <oscar.llorente@estudiantes.example>",
    "Denegación de ayuda al alojamiento",
    """Buenas,

Me han denegado la ayuda al alojamiento de la residencia con un mensaje automático que dice
que mi "índice de vulnerabilidad" calculado es insuficiente. Mi situación familiar ha cambiado
(mi padre está en paro desde marzo) y el sistema no lo ha tenido en cuenta. Quiero que una
persona revise mi solicitud y no un programa.

Óscar Llorente Abad
""", R(["AutomatedDecision"], "oscar.llorente@estudiantes.example", "Óscar", "Llorente Abad"))

add("es-10-html-transferencias", "Camila Ortega-Rivas <camila.ortegarivas@estudiantes.example>",
    "Pregunta sobre la plataforma de clases",
    html("Hola:",
         "Este curso usamos una nueva plataforma de videoclases y de entrega de trabajos. "
         "¿Dónde se guardan nuestros datos? ¿Se envían a <b>Estados Unidos</b>? ¿Quién es el "
         "proveedor y cuánto tiempo se conservan las grabaciones?",
         "Saludos,<br>Camila Ortega-Rivas<br>Grado en Periodismo"),
    R(["Information"], "camila.ortegarivas@estudiantes.example", "Camila", "Ortega-Rivas"), ct=HTML)

add("es-11-latin1-limitacion", "Íñigo Salaberri Oyarzábal <inigo.salaberri@correo.example>",
    "Nota incorrecta - que no se use",
    """Buenos días:

En mi expediente figura un suspenso (3,5) en Derecho Mercantil I cuando el profesor ya
reconoció que la nota correcta es un 7. Mientras se resuelve la revisión, pido que esa nota
no se utilice ni se comunique a nadie, en especial a la comisión de becas del Ministerio.

Un saludo,
Íñigo Salaberri Oyarzábal
""", R(["Restriction"], "inigo.salaberri@correo.example", "Íñigo", "Salaberri Oyarzábal"),
    ct=LATIN1, encode="latin-1")

add("es-12-largo-enfadado", "Guadalupe Montoya Carrasco <lupe.montoya@buzon.example>",
    "Queja por el trato recibido en la residencia",
    """A quien corresponda:

Llevo desde septiembre intentando que alguien me haga caso. Soy residente en la Residencia
Universitaria Los Almendros y en octubre la dirección envió un correo a todos los residentes
diciendo que "una residente de la segunda planta" no pagaba el alquiler, y todo el mundo supo
que era yo porque soy la única con beca completa de esa planta. Encima el conserje me lo
comentó delante de mis compañeras.

He pagado todo, con retraso porque la beca llegó tarde, y tengo los justificantes.

Quiero saber exactamente qué datos tienen de mí, quién los ha visto y a quién se los han
dado, así que les pido una copia de todo lo que conste sobre mí en la residencia y en la
universidad. Y que alguien me pida disculpas.

Guadalupe Montoya Carrasco
Habitación 214
""", R(["Access"], "lupe.montoya@buzon.example", "Guadalupe", "Montoya Carrasco"))

add("es-13-familia-replyto", "Familia Cifuentes-Albornoz <familia.cifuentes@casa.example>",
    "Cambio de domicilio",
    """Hola, soy Tomás Cifuentes Albornoz, alumno de segundo de Ingeniería Informática. Os escribo
desde el correo de mis padres; contestadme a mi correo, por favor.

Me he mudado y necesito que actualicéis mi domicilio en la secretaría: C/ Pintor Sorolla 18,
3.º B, 46002 Valencia. El teléfono también ha cambiado: 611 22 48 90.

Gracias
Tomás
""", R(["Rectification"], "tomas.cifuentes@estudiantes.example", "Tomás", "Cifuentes Albornoz"),
    headers=["Reply-To: tomas.cifuentes@estudiantes.example"])

add("es-14-reenvio-adjunto", "Begoña Iturriaga <begona.iturriaga@acme-corp.example>",
    "RV: Eliminar mi perfil de la bolsa de empleo",
    "", R(["Erasure"], "begona.iturriaga@acme-corp.example", "Santiago", "Mejía Londoño"),
    attached=("Santiago Mejía Londoño <santiago.mejia@correo.example>", "Eliminar mi perfil de la bolsa de empleo",
              """Buenas tardes,

Ya he encontrado trabajo y no quiero que mi currículum siga en la bolsa de empleo de la
universidad ni que se lo pasen a más empresas. Por favor, eliminad mi perfil y todos mis
datos de la plataforma.

Santiago Mejía Londoño
"""),
    note="""Hola, os reenvío este correo que nos ha llegado al servicio de empleo. Como pide borrar
todos sus datos, mejor lo gestionáis vosotros.

Un saludo,
Begoña Iturriaga
Servicio de Orientación y Empleo
""")

add("es-15-fianza", "Renata Quiroga <renata.quiroga@buzon.example>",
    "fianza",
    """Hola, dejé la residencia en julio y todavía no me han devuelto la fianza de 400 €. ¿Con quién
tengo que hablar? Renata Quiroga""",
    R(["Unknown"], "renata.quiroga@buzon.example", "Renata", "Quiroga"))

# ---------------------------------------------------------------- tareas
add("es-16-tarea-eipd-comedor", "Arantxa Olabarria <arantxa.olabarria@acme-corp.example>",
    "EIPD pago con reconocimiento facial en el comedor",
    """Hola equipo de protección de datos:

El Servicio de Alojamiento quiere probar en el comedor de las residencias un sistema de pago
con reconocimiento facial. Antes de firmar con el proveedor necesitamos una evaluación de
impacto. ¿Podemos reunirnos la semana que viene?

Gracias,
Arantxa Olabarria
Jefa del Servicio de Alojamiento
""", TASK("arantxa.olabarria@acme-corp.example", "Arantxa", "Olabarria"))

add("es-17-tarea-encargado", "Fernando Sanz-Villegas <fernando.sanz@acme-corp.example>",
    "Revisión contrato de encargado del tratamiento - mensajería",
    """Buenos días,

Adjunto el contrato con la empresa que va a gestionar los paquetes de los residentes (recibe
nombre, habitación y teléfono). ¿Podéis revisar las cláusulas de encargado del tratamiento
antes del viernes?

Fernando Sanz-Villegas
Contratación
""", TASK("fernando.sanz@acme-corp.example", "Fernando", "Sanz-Villegas"))

# ---------------------------------------------------------------- incidentes
add("es-18-incidente-portatil", "Marta Echenique Lasa <marta.echenique@acme-corp.example>",
    "Robo de portátil con actas",
    """Hola,

Ayer por la tarde me robaron el portátil del coche. Tenía las actas provisionales de dos
asignaturas (unos 180 alumnos con DNI y notas) y varios justificantes médicos de alumnos.
El disco no estaba cifrado. He puesto la denuncia en la Policía Nacional.

Marta Echenique Lasa
Profesora titular, Facultad de Economía
""", INC("marta.echenique@acme-corp.example", "Marta", "Echenique Lasa"))

add("es-19-incidente-cc-visible", "Andrés Palomares <andres.palomares@acme-corp.example>",
    "Correo masivo con destinatarios visibles",
    """Buenas,

Esta mañana desde la residencia se ha enviado un aviso sobre deudas de alquiler a 57
residentes poniendo todas las direcciones en "Para" en lugar de en CCO, y el asunto decía
"Residentes con recibos pendientes". Ya nos han escrito varios padres quejándose.

Andrés Palomares
Administración, Residencia Los Almendros
""", INC("andres.palomares@acme-corp.example", "Andrés", "Palomares"))

add("es-20-incidente-dni-ajeno", "Lucía Carvajal Beltrán <lucia.carvajal@estudiantes.example>",
    "Me ha llegado el DNI de otra persona",
    """Hola, en la sede electrónica, al descargar mi justificante de matrícula, me ha salido
también la foto del DNI y el certificado de discapacidad de otro estudiante. No lo he
guardado. Aviso por si le pasa a más gente.

Lucía Carvajal Beltrán
""", INC("lucia.carvajal@estudiantes.example", "Lucía", "Carvajal Beltrán"))

# ---------------------------------------------------------------- seguimiento
add("es-21-seguimiento-dsr", "María del Pilar Echeverría Sáenz <mpilar.echeverria@correo.example>",
    "RE: [DSR-70315] Acuse de recibo de su solicitud",
    """Buenos días:

Ha pasado más de un mes desde su acuse de recibo y no he recibido la copia de mis datos.
Les ruego me indiquen en qué estado se encuentra la solicitud.

Atentamente,
María del Pilar Echeverría Sáenz
""", FU("70315", "mpilar.echeverria@correo.example", "María del Pilar", "Echeverría Sáenz"))

add("es-22-seguimiento-irt-beca", "Óscar Llorente Abad <oscar.llorente@estudiantes.example>",
    "RE: Denegación de ayuda al alojamiento",
    """Hola, adjunto el certificado del SEPE de mi padre para que lo tengáis en cuenta en la
revisión. ¿Sabéis algo ya?

Óscar

Enviado desde mi Samsung Galaxy
""", FU(ref("es-09-beca-automatizada"), "oscar.llorente@estudiantes.example", "Óscar", "Llorente Abad"),
    headers=irt("es-09-beca-automatizada"))

# ---------------------------------------------------------------- ignorar
add("es-23-spam-phishing", "Soporte Universidad <soporte@campus-verificacion.example>",
    "Su cuenta será eliminada - verifique sus datos",
    """Estimado usuario:

Debido a la actualización del RGPD, todas las cuentas no verificadas serán eliminadas junto
con sus datos en 24 horas. Verifique su cuenta introduciendo su usuario y contraseña:

http://campus-verificacion.example/login

Departamento de Soporte
""", IGN("spam", "soporte@campus-verificacion.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="campus-verificacion.example")])

add("es-24-respuesta-automatica", "Rafael Montiel <rafael.montiel@universidad-socia.example>",
    "Respuesta automática: Convenio de intercambio de datos",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de noviembre. Para asuntos
urgentes, escriba a relaciones.internacionales@universidad-socia.example.

Rafael Montiel
""", IGN("auto_reply", "rafael.montiel@universidad-socia.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-25-boletin", "Boletín Protección de Datos Universidades <boletin@pd-universidades.example>",
    "Boletín n.º 41: evaluaciones de impacto en el ámbito universitario",
    """BOLETÍN PROTECCIÓN DE DATOS UNIVERSIDADES - n.º 41

- La AEPD sanciona a una universidad por el uso de reconocimiento facial en exámenes
- Guía práctica: plazos de conservación de expedientes
- Jornada de delegados de protección de datos, 12 de diciembre

Para darse de baja: https://pd-universidades.example/baja
""", IGN("bulk", "boletin@pd-universidades.example"),
    headers=["List-Id: Boletin PD Universidades <boletin.pd-universidades.example>",
             "List-Unsubscribe: <https://pd-universidades.example/baja>",
             "Precedence: bulk"])
